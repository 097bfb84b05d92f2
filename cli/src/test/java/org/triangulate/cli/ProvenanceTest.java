package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that every claim, conflict claim, stance evidence, timeline entry and summary sentence of
 * a report cites text that occurs verbatim in the cited article's {@code text}, at its {@code
 * start}/{@code end} where those are given: over the example corpus, the two held-out corpora and
 * generated multi-outlet stories.
 */
class ProvenanceTest {
  @TempDir static Path temp;

  static Stream<String> inputs() throws Exception {
    return Stream.of(
        ExampleCorpus.corpus().toString(),
        ExampleCorpus.root().resolve("examples/heldout").toString(),
        ExampleCorpus.root().resolve("examples/heldout2").toString(),
        generated(1).toString(),
        generated(2).toString());
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everyCitedTextOccursVerbatimInItsArticle(String input) throws Exception {
    JsonNode report = analyze(input);
    Map<String, String> texts = new HashMap<>();
    report.path("articles").forEach(a -> texts.put(a.path("id").asText(), a.path("text").asText()));
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (JsonNode story : report.path("stories")) {
      for (JsonNode fact : story.path("facts")) {
        checked += cited(fact.path("claims"), texts, problems, "fact " + fact.path("id"));
      }
      for (JsonNode conflict : story.path("conflicts")) {
        checked +=
            cited(conflict.path("claims"), texts, problems, "conflict " + conflict.path("id"));
      }
      for (JsonNode stance : story.path("stances")) {
        checked +=
            cited(stance.path("evidence"), texts, problems, "stance " + stance.path("actor"));
      }
      for (String part : List.of("summary", "timeline")) {
        for (JsonNode entry : story.path(part)) {
          checked++;
          String text = entry.path("text").asText();
          boolean found = false;
          for (JsonNode article : entry.path("articles")) {
            found |= texts.getOrDefault(article.asText(), "").contains(text);
          }
          if (!found) {
            problems.add(part + " of " + story.path("id") + " cites no article holding: " + text);
          }
        }
      }
    }
    assertThat(checked).as("cited texts checked").isPositive();
    assertThat(problems).isEmpty();
  }

  private static int cited(
      JsonNode claims, Map<String, String> texts, List<String> problems, String owner) {
    int n = 0;
    for (JsonNode claim : claims) {
      n++;
      String article = claim.path("article").asText();
      String text = claim.path("text").asText();
      String body = texts.get(article);
      if (body == null) {
        problems.add(owner + " cites an unknown article " + article);
      } else if (claim.has("start") && claim.has("end")) {
        int start = claim.path("start").asInt();
        int end = claim.path("end").asInt();
        if (start < 0
            || end > body.length()
            || start > end
            || !body.substring(start, end).equals(text)) {
          problems.add(
              owner + " cites " + article + " [" + start + ", " + end + ") wrongly: " + text);
        }
      } else if (!body.contains(text)) {
        problems.add(owner + " cites text not in " + article + ": " + text);
      }
    }
    return n;
  }

  private static JsonNode analyze(String input) throws Exception {
    Path out = Files.createTempFile(temp, "report", ".json");
    PrintStream savedErr = System.err;
    System.setErr(new PrintStream(OutputStream.nullOutputStream()));
    try {
      assertThat(Triangulate.execute("analyze", "--out", out.toString(), input)).isZero();
    } finally {
      System.setErr(savedErr);
    }
    return new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
  }

  /**
   * A JSON Lines file of five outlets' reports of one fictional flood, built from shuffled
   * sentences with figures, dates and quotes that differ between outlets ({@code seed} decides).
   */
  private static Path generated(long seed) throws Exception {
    Random random = new Random(seed);
    String[] outlets = {"Brindle Post", "Kessock Star", "Orrin Daily", "Marrow FM", "Tollan Wire"};
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < outlets.length; i++) {
      List<String> sentences = new ArrayList<>();
      int hurt = random.nextBoolean() ? 4 : 4 + random.nextInt(6);
      int km = 10 + random.nextInt(3) * 15;
      sentences.add(
          "The River Lunn burst its banks at Dellmoor on Tuesday, flooding "
              + (200 + random.nextInt(3) * 100)
              + " homes.");
      sentences.add(hurt + " people were hurt as the water rose, the Dellmoor Fire Service said.");
      sentences.add("The flood reached " + km + " km downstream of the Gallow weir.");
      sentences.add(
          "\"We have never seen the Lunn so high,\" said "
              + (random.nextInt(4) == 0 ? "Ruth Ashgrove" : "Fenna Holt")
              + ", the Dellmoor mayor.");
      sentences.add("Ruth Ashgrove, a farmer, said the council had ignored warnings for years.");
      sentences.add(
          "The council will meet on " + (random.nextBoolean() ? "Friday" : "3 April") + ".");
      sentences.add("Fenna Holt said she supported a new flood wall and welcomed the funding.");
      java.util.Collections.shuffle(sentences, random);
      ObjectNode record = mapper.createObjectNode();
      record.put("id", "gen" + seed + "-" + i);
      record.put("url", "https://gen.example/" + seed + "/" + i);
      record.put("outlet", outlets[i]);
      record.put("title", "Lunn floods Dellmoor");
      record.put("published", "2026-03-2" + (i % 3));
      record.put("text", String.join(random.nextBoolean() ? " " : "\n\n", sentences));
      lines.append(mapper.writeValueAsString(record)).append('\n');
    }
    Path file = temp.resolve("generated-" + seed + ".jsonl");
    Files.writeString(file, lines.toString(), StandardCharsets.UTF_8);
    return file;
  }
}
