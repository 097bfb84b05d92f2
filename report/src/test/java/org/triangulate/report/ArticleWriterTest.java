package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.report.ContractKeys.assertContract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Skipped;

class ArticleWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<Article> articles() {
    return Fixtures.report().articles().stream().map(AnalyzedArticle::article).toList();
  }

  @Test
  void jsonLinesHoldOneCompleteArticlePerLine() throws IOException {
    StringWriter out = new StringWriter();
    new ArticleWriter().writeJsonLines(articles(), out);
    String[] lines = out.toString().split("\n", -1);
    assertThat(lines).hasSize(4);
    assertThat(lines[3]).isEmpty();
    for (int i = 0; i < 3; i++) {
      JsonNode article = MAPPER.readTree(lines[i]);
      assertContract(article, ContractKeys.ARTICLE);
      for (String analysis : List.of("entities", "quotes", "quantities", "dates")) {
        assertThat(article.get(analysis).isArray() && article.get(analysis).isEmpty())
            .as(analysis)
            .isTrue();
      }
    }
    assertThat(MAPPER.readTree(lines[0]).get("text").asText()).isEqualTo(Fixtures.GAZETTE_TEXT);
    assertThat(MAPPER.readTree(lines[2]).get("url").isNull()).isTrue();
  }

  @Test
  void jsonDocumentHoldsGeneratorArticlesAndSkipped() throws IOException {
    StringWriter out = new StringWriter();
    new ArticleWriter()
        .writeJson(
            "triangulate 0.1.0-test",
            articles(),
            List.of(new Skipped("in/x.warc", "truncated")),
            out);
    JsonNode root = MAPPER.readTree(out.toString());
    assertThat(ContractKeys.keys(root)).containsExactly("generator", "articles", "skipped");
    assertThat(root.get("articles")).hasSize(3);
    assertContract(root.get("articles").get(1), ContractKeys.ARTICLE);
    assertContract(root.get("skipped").get(0), ContractKeys.SKIPPED);
    assertThat(out.toString()).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void noArticlesGiveEmptyOutput() throws IOException {
    StringWriter out = new StringWriter();
    new ArticleWriter().writeJsonLines(List.of(), out);
    assertThat(out.toString()).isEmpty();
  }
}
