package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.report.ContractKeys.assertContract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Report;

class JsonReportWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static String write(Report report) throws IOException {
    StringWriter out = new StringWriter();
    ReportWriter.of(ReportFormat.JSON).write(report, out);
    return out.toString();
  }

  private static JsonNode json() throws IOException {
    return MAPPER.readTree(write(Fixtures.report()));
  }

  @Test
  void topLevelHasExactlyTheContractKeys() throws IOException {
    JsonNode root = json();
    assertThat(ContractKeys.keys(root)).isEqualTo(ContractKeys.REPORT);
    assertThat(root.get("generator").asText()).isEqualTo("triangulate 0.1.0-test");
    assertContract(root.get("skipped").get(0), ContractKeys.SKIPPED);
    assertThat(root.get("skipped").get(0).get("reason").asText())
        .isEqualTo("not valid UTF-8 at byte 12");
  }

  @Test
  void everyArticleHasEveryContractKeyWithNullsAndEmptiesWhereAbsent() throws IOException {
    JsonNode articles = json().get("articles");
    assertThat(articles).hasSize(3);
    for (JsonNode article : articles) {
      assertContract(article, ContractKeys.ARTICLE);
    }
    JsonNode bare = articles.get(2);
    for (String absent : List.of("url", "outlet", "title", "published")) {
      assertThat(bare.get(absent).isNull()).as(absent).isTrue();
    }
    for (String empty : List.of("byline", "removed", "entities", "quotes", "quantities", "dates")) {
      assertThat(bare.get(empty).isArray() && bare.get(empty).isEmpty()).as(empty).isTrue();
    }
    assertThat(bare.get("text").asText()).isEqualTo(Fixtures.LEDGER_TEXT);
  }

  @Test
  void articlePartsHaveEveryContractKey() throws IOException {
    JsonNode gazette = json().get("articles").get(0);
    assertContract(gazette.get("entities").get(0), ContractKeys.MENTION);
    assertContract(gazette.get("quantities").get(0), ContractKeys.QUANTITY);
    assertContract(gazette.get("quantities").get(0).get("normalized"), ContractKeys.MEASURE);
    assertContract(gazette.get("dates").get(0), ContractKeys.DATE);
    assertThat(gazette.get("dates").get(0).get("value").asText()).isEqualTo("2031-03-03");
    assertThat(gazette.get("published").asText()).isEqualTo("2031-03-03T09:04:00Z");
    JsonNode post = json().get("articles").get(1);
    assertThat(post.get("published").asText()).isEqualTo("2031-03-04");
  }

  @Test
  void quotesHaveEveryContractKeyWithAndWithoutSpeaker() throws IOException {
    JsonNode post = json().get("articles").get(1);
    JsonNode withSpeaker = post.get("quotes").get(0);
    JsonNode withoutSpeaker = post.get("quotes").get(1);
    assertContract(withSpeaker, ContractKeys.QUOTE);
    assertContract(withSpeaker.get("speaker"), ContractKeys.SPEAKER);
    assertContract(withoutSpeaker, ContractKeys.QUOTE);
    assertThat(withoutSpeaker.get("speaker").isNull()).isTrue();
    assertThat(withoutSpeaker.get("cue").isNull()).isTrue();
    assertThat(withSpeaker.get("direct").isBoolean()).isTrue();
    assertThat(withSpeaker.get("id").asText()).isEqualTo("post-2#q1");
  }

  @Test
  void storyAndEveryPartHaveEveryContractKey() throws IOException {
    JsonNode story = json().get("stories").get(0);
    assertContract(story, ContractKeys.STORY);
    assertContract(story.get("entities").get(0), ContractKeys.ENTITY);
    assertContract(story.get("quoteGroups").get(0), ContractKeys.QUOTE_GROUP);
    assertContract(story.get("facts").get(0), ContractKeys.FACT);
    assertContract(story.get("facts").get(0).get("claims").get(0), ContractKeys.CLAIM);
    assertContract(story.get("conflicts").get(0), ContractKeys.CONFLICT);
    JsonNode conflictClaim = story.get("conflicts").get(0).get("claims").get(0);
    assertContract(conflictClaim, ContractKeys.CLAIM);
    assertContract(conflictClaim.get("quantity"), ContractKeys.QUANTITY);
    assertContract(story.get("stances").get(0), ContractKeys.STANCE);
    assertContract(story.get("stances").get(0).get("evidence").get(0), ContractKeys.EVIDENCE);
    assertContract(story.get("timeline").get(0), ContractKeys.TIMELINE);
    assertContract(story.get("summary").get(0), ContractKeys.SUMMARY);
    assertContract(story.get("coverage").get(0), ContractKeys.COVERAGE);
  }

  @Test
  void storyValuesUseTheContractsNames() throws IOException {
    JsonNode story = json().get("stories").get(0);
    assertThat(story.get("facts").get(0).get("status").asText()).isEqualTo("corroborated");
    assertThat(story.get("facts").get(1).get("status").asText()).isEqualTo("single-source");
    assertThat(story.get("facts").get(0).get("claims").get(0).get("quantity").isNull()).isTrue();
    assertThat(story.get("stances").get(0).get("stance").asText()).isEqualTo("support");
    assertThat(story.get("timeline").get(0).get("date").asText()).isEqualTo("2031-03-03");
    assertThat(story.get("first").asText()).isEqualTo("2031-03-03");
    assertThat(story.get("last").asText()).isEqualTo("2031-03-04");
    JsonNode claim = story.get("conflicts").get(0).get("claims").get(1);
    String text = Fixtures.POST_TEXT;
    assertThat(text.substring(claim.get("start").asInt(), claim.get("end").asInt()))
        .isEqualTo(claim.get("text").asText());
    assertThat(claim.get("quantity").get("amount").isNumber()).isTrue();
    assertThat(claim.get("quantity").get("amount").asDouble()).isEqualTo(90.0);
  }

  @Test
  void mentionsResolveToTheStoryEntityHoldingTheirSpan() throws IOException {
    JsonNode root = json();
    JsonNode gazetteMentions = root.get("articles").get(0).get("entities");
    assertThat(gazetteMentions.get(0).get("entity").asText()).isEqualTo("e1");
    assertThat(gazetteMentions.get(2).get("entity").asText()).isEqualTo("e2");
    assertThat(root.get("articles").get(1).get("entities").get(0).get("entity").asText())
        .isEqualTo("e2");
  }

  @Test
  void speakersResolveBySpanThenByNameOrAlias() throws IOException {
    JsonNode root = json();
    JsonNode bySpan = root.get("articles").get(0).get("quotes").get(0).get("speaker");
    assertThat(bySpan.get("entity").asText()).isEqualTo("e1");
    JsonNode byAlias = root.get("articles").get(1).get("quotes").get(0).get("speaker");
    assertThat(byAlias.get("text").asText()).isEqualTo("she");
    assertThat(byAlias.get("name").asText()).isEqualTo("Mayor Brandt");
    assertThat(byAlias.get("entity").asText()).isEqualTo("e1");
  }

  @Test
  void aSpeakerWhoseNameNoStoryEntityCarriesHasNoEntity() throws IOException {
    EntityIndex index = EntityIndex.of(Fixtures.report().stories());
    assertThat(
            index.speaker(
                "post-2",
                new org.triangulate.model.Speaker(
                    "he", 0, 2, java.util.Optional.of("Tomas Okoro"))))
        .isEmpty();
    assertThat(
            index.speaker(
                "ledger-3",
                new org.triangulate.model.Speaker(
                    "she", 0, 3, java.util.Optional.of("Ilse Brandt"))))
        .as("ledger-3 is in no story")
        .isEmpty();
  }

  @Test
  void largeAndFractionalAmountsAreJsonNumbers() throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    try (var gen = JsonOutput.compact(out)) {
      QuantityJson.write(
          gen,
          new org.triangulate.model.Quantity(
              "\u20ac2.5 billion",
              0,
              12,
              2.5e9,
              "euro",
              java.util.Optional.of(new org.triangulate.model.Measure(0.125, "EUR"))));
    }
    JsonNode quantity = MAPPER.readTree(out.toString());
    assertThat(quantity.get("amount").isNumber()).isTrue();
    assertThat(quantity.get("amount").asDouble()).isEqualTo(2.5e9);
    assertThat(quantity.get("normalized").get("amount").asDouble()).isEqualTo(0.125);
    assertThat(quantity.get("text").asText()).isEqualTo("\u20ac2.5 billion");
  }

  @Test
  void twoWritesOfTheSameReportAreByteIdentical() throws IOException {
    Report report = Fixtures.report();
    assertThat(write(report)).isEqualTo(write(report));
    assertThat(write(report)).isEqualTo(write(Fixtures.report()));
  }

  @Test
  void outputIsIndentedByTwoSpacesWithNewlinesOnly() throws IOException {
    String text = write(Fixtures.report());
    assertThat(text)
        .startsWith("{\n  \"generator\": \"triangulate 0.1.0-test\",\n  \"articles\": [\n");
    assertThat(text).doesNotContain("\r").endsWith("}\n");
    assertThat(text).contains("\"byline\": [],").contains("\"amount\": 40.0,");
  }
}
