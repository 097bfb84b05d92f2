package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys spec/cli-and-report.md lists for each report object, in the contract's order. Shared
 * with other modules' tests through this module's test jar.
 */
public final class ContractKeys {
  public static final List<String> REPORT = List.of("generator", "articles", "stories", "skipped");
  public static final List<String> ARTICLE =
      List.of(
          "id",
          "source",
          "url",
          "outlet",
          "title",
          "byline",
          "published",
          "language",
          "text",
          "removed",
          "entities",
          "quotes",
          "quantities",
          "dates");
  public static final List<String> MENTION = List.of("text", "start", "end", "type", "entity");
  public static final List<String> QUOTE =
      List.of("id", "text", "start", "end", "direct", "cue", "speaker");
  public static final List<String> SPEAKER = List.of("text", "start", "end", "name", "entity");
  public static final List<String> QUANTITY =
      List.of(
          "text", "start", "end", "amount", "unit", "normalized", "bound", "upper", "alsoGivenAs");
  public static final List<String> MEASURE = List.of("amount", "unit");
  public static final List<String> DATE = List.of("text", "start", "end", "value");
  public static final List<String> STORY =
      List.of(
          "id",
          "title",
          "articles",
          "entities",
          "quoteGroups",
          "facts",
          "conflicts",
          "stances",
          "timeline",
          "summary",
          "coverage");
  public static final List<String> ENTITY = List.of("id", "name", "type", "aliases", "articles");
  public static final List<String> QUOTE_GROUP = List.of("id", "speaker", "quotes", "articles");
  public static final List<String> FACT = List.of("id", "statement", "status", "claims");
  public static final List<String> CLAIM = List.of("article", "text", "quantity");
  public static final List<String> CONFLICT = List.of("id", "about", "claims");
  public static final List<String> STANCE =
      List.of("actor", "entity", "stance", "proposition", "evidence");
  public static final List<String> EVIDENCE = List.of("article", "text");
  public static final List<String> TIMELINE = List.of("date", "text", "articles");
  public static final List<String> SUMMARY = List.of("text", "articles");
  public static final List<String> COVERAGE = List.of("article", "outlet", "unique", "omitted");
  public static final List<String> SKIPPED = List.of("source", "reason");

  private ContractKeys() {}

  /** The object's keys in the order written. */
  public static List<String> keys(JsonNode object) {
    assertThat(object.isObject()).as("an object: %s", object).isTrue();
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** Asserts that {@code object} holds every contract key, in the contract's order. */
  public static void assertContract(JsonNode object, List<String> contract) {
    List<String> keys = keys(object);
    assertThat(keys).as("keys of %s", object).containsAll(contract);
    assertThat(keys.stream().filter(contract::contains).toList())
        .as("contract keys in order")
        .isEqualTo(contract);
  }
}
