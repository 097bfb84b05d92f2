package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.report.ContractKeys;

/**
 * Checks the JSON report of the example corpus against the contract in
 * shared/spec/cli-and-report.md: every field of every object, offsets that cut the right text, ids
 * that are unique and references that resolve.
 */
class ReportContractTest {
  private static final Set<String> TYPES =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "WEAPON", "EVENT", "OTHER");

  private static JsonNode report;

  @BeforeAll
  static void analyzeTheExampleCorpus(@TempDir Path temp) throws Exception {
    Path out = temp.resolve("report.json");
    PrintStream savedErr = System.err;
    System.setErr(new PrintStream(OutputStream.nullOutputStream()));
    try {
      int status =
          Triangulate.execute(
              "analyze", "--out", out.toString(), ExampleCorpus.corpus().toString());
      assertThat(status).isZero();
    } finally {
      System.setErr(savedErr);
    }
    report = new ObjectMapper().readTree(Files.readString(out));
  }

  private static void hasFields(JsonNode node, List<String> fields, String what) {
    assertThat(node.isObject()).as(what + " is an object").isTrue();
    ContractKeys.assertContract(node, fields);
  }

  private static List<JsonNode> all(JsonNode parent, String field) {
    List<JsonNode> nodes = new ArrayList<>();
    parent.get(field).forEach(nodes::add);
    return nodes;
  }

  private static List<JsonNode> inStories(Function<JsonNode, List<JsonNode>> pick) {
    List<JsonNode> nodes = new ArrayList<>();
    report.get("stories").forEach(story -> nodes.addAll(pick.apply(story)));
    return nodes;
  }

  @Test
  void theTopLevelHasEveryField() {
    hasFields(report, ContractKeys.REPORT, "report");
    assertThat(report.get("generator").asText()).startsWith("triangulate ");
  }

  @Test
  void everyArticleHasEveryFieldAndItsPartsToo() {
    List<JsonNode> articles = all(report, "articles");
    assertThat(articles).hasSizeGreaterThanOrEqualTo(7);
    for (JsonNode article : articles) {
      String id = article.get("id").asText();
      hasFields(article, ContractKeys.ARTICLE, "article " + id);
      assertThat(article.get("text").asText()).as("text of " + id).isNotBlank();
      article.get("entities").forEach(e -> hasFields(e, ContractKeys.MENTION, "mention in " + id));
      article
          .get("quantities")
          .forEach(q -> hasFields(q, ContractKeys.QUANTITY, "quantity in " + id));
      article.get("dates").forEach(d -> hasFields(d, ContractKeys.DATE, "date in " + id));
      for (JsonNode quote : article.get("quotes")) {
        hasFields(quote, ContractKeys.QUOTE, "quote in " + id);
        if (!quote.get("speaker").isNull()) {
          hasFields(quote.get("speaker"), ContractKeys.SPEAKER, "speaker in " + id);
        }
      }
    }
    assertThat(articles).anySatisfy(a -> assertThat(a.get("entities")).isNotEmpty());
    assertThat(articles).anySatisfy(a -> assertThat(a.get("quotes")).isNotEmpty());
    assertThat(articles).anySatisfy(a -> assertThat(a.get("quantities")).isNotEmpty());
    assertThat(articles).anySatisfy(a -> assertThat(a.get("dates")).isNotEmpty());
    assertThat(articles).anySatisfy(a -> assertThat(a.get("removed")).isNotEmpty());
  }

  @Test
  void everySpanCutsItsOwnTextFromTheArticle() {
    for (JsonNode article : all(report, "articles")) {
      String text = article.get("text").asText();
      for (String kind : List.of("entities", "quantities", "dates", "quotes")) {
        for (JsonNode span : article.get(kind)) {
          int start = span.get("start").asInt();
          int end = span.get("end").asInt();
          String cut = text.substring(start, end);
          String own = span.get("text").asText();
          if (kind.equals("quotes") && span.get("direct").asBoolean()) {
            // what was said: a direct quote may leave out the frame between its quotations
            assertThat(isCutFrom(own.replaceAll("\\s+", " "), cut.replaceAll("\\s+", " ")))
                .as(kind + " " + span)
                .isTrue();
          } else {
            assertThat(cut).as(kind + " " + span).isEqualTo(own);
          }
        }
      }
      for (JsonNode mention : article.get("entities")) {
        assertThat(TYPES).contains(mention.get("type").asText());
      }
    }
  }

  /** Whether {@code own} starts and ends as {@code cut} does and keeps its characters in order. */
  private static boolean isCutFrom(String own, String cut) {
    if (own.isEmpty() || own.charAt(0) != cut.charAt(0)) {
      return false;
    }
    if (own.charAt(own.length() - 1) != cut.charAt(cut.length() - 1)) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < cut.length() && j < own.length(); i++) {
      if (cut.charAt(i) == own.charAt(j)) {
        j++;
      }
    }
    return j == own.length();
  }

  @Test
  void everyStoryHasEveryFieldAndEveryKindOfFindingAppears() {
    List<JsonNode> stories = all(report, "stories");
    assertThat(stories).hasSizeGreaterThanOrEqualTo(2);
    stories.forEach(s -> hasFields(s, ContractKeys.STORY, "story " + s.get("id")));
    check(inStories(s -> all(s, "entities")), ContractKeys.ENTITY, "story entity");
    check(inStories(s -> all(s, "quoteGroups")), ContractKeys.QUOTE_GROUP, "quote group");
    check(inStories(s -> all(s, "facts")), ContractKeys.FACT, "fact");
    check(inStories(s -> all(s, "conflicts")), ContractKeys.CONFLICT, "conflict");
    check(inStories(s -> all(s, "stances")), ContractKeys.STANCE, "stance");
    check(inStories(s -> all(s, "timeline")), ContractKeys.TIMELINE, "timeline event");
    check(inStories(s -> all(s, "summary")), ContractKeys.SUMMARY, "summary sentence");
    check(inStories(s -> all(s, "coverage")), ContractKeys.COVERAGE, "coverage");
    for (JsonNode fact : inStories(s -> all(s, "facts"))) {
      fact.get("claims").forEach(c -> hasFields(c, ContractKeys.CLAIM, "claim"));
    }
    for (JsonNode conflict : inStories(s -> all(s, "conflicts"))) {
      conflict.get("claims").forEach(c -> hasFields(c, ContractKeys.CLAIM, "conflict claim"));
    }
    for (JsonNode stance : inStories(s -> all(s, "stances"))) {
      stance.get("evidence").forEach(e -> hasFields(e, ContractKeys.EVIDENCE, "stance evidence"));
    }
  }

  private static void check(List<JsonNode> nodes, List<String> fields, String what) {
    assertThat(nodes).as("the example corpus yields at least one " + what).isNotEmpty();
    nodes.forEach(n -> hasFields(n, fields, what));
  }

  @Test
  void idsAreUniqueAndReferencesResolve() {
    Set<String> articleIds = unique(all(report, "articles"), "article");
    Set<String> quoteIds = new HashSet<>();
    Set<String> mentionEntityIds = new HashSet<>();
    for (JsonNode article : all(report, "articles")) {
      for (JsonNode quote : article.get("quotes")) {
        assertThat(quoteIds.add(quote.get("id").asText()))
            .as("unique quote id " + quote.get("id"))
            .isTrue();
      }
      article
          .get("entities")
          .forEach(
              m -> {
                if (!m.get("entity").isNull()) {
                  mentionEntityIds.add(m.get("entity").asText());
                }
              });
    }
    unique(all(report, "stories"), "story");
    Set<String> entityIds = unique(inStories(s -> all(s, "entities")), "story entity");
    Set<String> factIds = unique(inStories(s -> all(s, "facts")), "fact");
    unique(inStories(s -> all(s, "conflicts")), "conflict");
    unique(inStories(s -> all(s, "quoteGroups")), "quote group");
    assertThat(entityIds).containsAll(mentionEntityIds);
    assertThat(mentionEntityIds).as("mentions link to story entities").isNotEmpty();
    Set<String> inStories = new HashSet<>();
    for (JsonNode story : all(report, "stories")) {
      story
          .get("articles")
          .forEach(
              a -> {
                assertThat(articleIds).contains(a.asText());
                assertThat(inStories.add(a.asText()))
                    .as("article in one story only: " + a)
                    .isTrue();
              });
      story
          .get("quoteGroups")
          .forEach(g -> g.get("quotes").forEach(q -> assertThat(quoteIds).contains(q.asText())));
      story
          .get("coverage")
          .forEach(
              c -> {
                c.get("unique").forEach(f -> assertThat(factIds).contains(f.asText()));
                c.get("omitted").forEach(f -> assertThat(factIds).contains(f.asText()));
              });
    }
    assertThat(inStories).isEqualTo(articleIds);
  }

  private static Set<String> unique(List<JsonNode> nodes, String what) {
    Set<String> ids = new HashSet<>();
    for (JsonNode node : nodes) {
      assertThat(ids.add(node.get("id").asText()))
          .as("unique " + what + " id " + node.get("id"))
          .isTrue();
    }
    return ids;
  }
}
