package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.read.DocumentSink;
import org.triangulate.ingest.read.InputReader;
import org.triangulate.model.Document;
import org.triangulate.model.Skipped;

/**
 * Runs reading and extraction over the AEB dev pages, if present, and writes {@code
 * target/aeb-dev.jsonl} for {@code shared/eval/aeb_score.py}. A smoke check, not a tuning target.
 */
@Tag("slow")
class AebDevSmokeTest {
  private static final Path PAGES = Path.of("/work/shared/data/aeb/dev/html");

  @Test
  void everyDevPageIsReadAndExtractedWithoutCrashing() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(PAGES), "AEB dev pages not present");
    List<Document> documents = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    new InputReader()
        .read(
            List.of(PAGES),
            new DocumentSink() {
              @Override
              public void accept(Document document) {
                documents.add(document);
              }

              @Override
              public void skip(Skipped s) {
                skipped.add(s);
              }
            });
    ArticleIngester ingester = new ArticleIngester();
    ObjectMapper json = new ObjectMapper();
    int articles = 0;
    int empty = 0;
    Path out = Path.of("target/aeb-dev.jsonl");
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Document document : documents) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", document.id());
        try {
          var article = ingester.ingest(document);
          line.put("text", article.text());
          line.put("title", article.title().orElse(null));
          line.put("byline", article.byline());
          line.put("published", article.published().map(Object::toString).orElse(null));
          line.put("outlet", article.outlet().orElse(null));
          line.put("removed", article.removed().size());
          articles++;
        } catch (NoArticleException e) {
          line.put("text", "");
          empty++;
        }
        writer.write(json.writeValueAsString(line));
        writer.write('\n');
      }
    }
    System.out.printf(
        "aeb dev: %d documents, %d skipped, %d articles, %d empty -> %s%n",
        documents.size(), skipped.size(), articles, empty, out.toAbsolutePath());
    assertThat(documents).hasSizeGreaterThan(50);
  }
}
