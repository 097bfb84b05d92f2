package org.triangulate.corroborate.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores a Triangulate report against a gold file of {@code examples/} (format in {@code
 * examples/README.md}): conflicts, false alarms, quote groups, stances, near-duplicates, unique
 * facts and omissions.
 *
 * <p>Texts are compared after folding case, diacritics, quotation marks and apostrophes; a
 * predicted text matches a gold text of the same article when one contains the other or when most
 * of the gold words occur in it, so that our sentence-wide claims match the gold's phrase-wide
 * ones. Run it as {@code java -cp <test classpath> org.triangulate.corroborate.gold.GoldScore
 * REPORT.json GOLD.json}; it prints one line per category and a summary line last. Not thread-safe;
 * one use.
 */
public final class GoldScore {
  /** The share of a gold text's words a predicted text must hold to match it. */
  static final double WORD_COVER = 0.6;

  private final JsonNode report;
  private final JsonNode gold;
  private final Map<String, JsonNode> quotesById = new HashMap<>();
  private final List<String> lines = new ArrayList<>();
  private final Map<String, Double> figures = new java.util.LinkedHashMap<>();

  GoldScore(JsonNode report, JsonNode gold) {
    this.report = report;
    this.gold = gold;
    for (JsonNode article : report.path("articles")) {
      for (JsonNode quote : article.path("quotes")) {
        quotesById.put(quote.path("id").asText(), quote);
      }
    }
  }

  /** Scores {@code args[0]} (a report) against {@code args[1]} (a gold file). */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GoldScore REPORT.json GOLD.json");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    JsonNode report = mapper.readTree(Path.of(args[0]).toFile());
    JsonNode gold = mapper.readTree(Path.of(args[1]).toFile());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    GoldScore score = new GoldScore(report, gold);
    score.run();
    score.lines.forEach(out::println);
    out.println(score.summary(Path.of(args[1]).getFileName().toString()));
  }

  /** The figures by name ("conflicts.f1", "falseAlarms", ...), after {@link #run()}. */
  Map<String, Double> figures() {
    return figures;
  }

  List<String> lines() {
    return lines;
  }

  void run() {
    conflicts();
    quoteGroups();
    stances();
    nearDuplicates();
    uniqueFacts();
    omissions();
  }

  String summary(String name) {
    return String.format(
        Locale.ROOT,
        "gold %s: conflicts P %.2f R %.2f F1 %.2f | false alarms %d of %d (%d on nonConflicts)"
            + " | quote pairs P %.2f R %.2f F1 %.2f | stances actors P %.2f R %.2f, stance acc"
            + " %.2f | near-dups F1 %.2f | unique facts R %.2f | omissions R %.2f",
        name,
        figures.get("conflicts.p"),
        figures.get("conflicts.r"),
        figures.get("conflicts.f1"),
        figures.get("falseAlarms").intValue(),
        figures.get("conflicts.predicted").intValue(),
        figures.get("falseAlarms.nonConflicts").intValue(),
        figures.get("quotes.p"),
        figures.get("quotes.r"),
        figures.get("quotes.f1"),
        figures.get("stances.p"),
        figures.get("stances.r"),
        figures.get("stances.accuracy"),
        figures.get("duplicates.f1"),
        figures.get("unique.r"),
        figures.get("omissions.r"));
  }

  // ---- conflicts

  private void conflicts() {
    List<JsonNode> predicted = new ArrayList<>();
    report.path("stories").forEach(s -> s.path("conflicts").forEach(predicted::add));
    List<JsonNode> golds = list(gold.path("conflicts"));
    Set<Integer> found = new LinkedHashSet<>();
    int matched = 0;
    int falseAlarms = 0;
    int onNonConflicts = 0;
    for (JsonNode conflict : predicted) {
      boolean hit = false;
      for (int g = 0; g < golds.size(); g++) {
        if (covers(conflict.path("claims"), golds.get(g).path("claims"))) {
          found.add(g);
          hit = true;
        }
      }
      if (hit) {
        matched++;
      } else {
        falseAlarms++;
        boolean nonConflict = false;
        for (JsonNode non : gold.path("nonConflicts")) {
          nonConflict |= touches(conflict.path("claims"), non.path("claims"));
        }
        onNonConflicts += nonConflict ? 1 : 0;
        lines.add("  false alarm: " + conflict.path("about").asText() + " " + texts(conflict));
      }
    }
    for (int g = 0; g < golds.size(); g++) {
      if (!found.contains(g)) {
        lines.add("  missed conflict: " + golds.get(g).path("id").asText());
      }
    }
    prf("conflicts", matched, predicted.size(), found.size(), golds.size());
    figures.put("conflicts.predicted", (double) predicted.size());
    figures.put("falseAlarms", (double) falseAlarms);
    figures.put("falseAlarms.nonConflicts", (double) onNonConflicts);
  }

  /** Whether claims of two articles or more each match a claim of {@code golds}. */
  private boolean covers(JsonNode claims, JsonNode golds) {
    Set<String> articles = new LinkedHashSet<>();
    for (JsonNode claim : claims) {
      for (JsonNode g : golds) {
        if (sameText(claim, g)) {
          articles.add(claim.path("article").asText());
        }
      }
    }
    return articles.size() >= 2;
  }

  private boolean touches(JsonNode claims, JsonNode golds) {
    int touched = 0;
    for (JsonNode claim : claims) {
      for (JsonNode g : golds) {
        if (sameText(claim, g)) {
          touched++;
          break;
        }
      }
    }
    return touched >= 2;
  }

  private static String texts(JsonNode conflict) {
    List<String> parts = new ArrayList<>();
    for (JsonNode claim : conflict.path("claims")) {
      String text = claim.path("text").asText();
      parts.add(
          claim.path("article").asText()
              + ": "
              + (text.length() > 90 ? text.substring(0, 90) + "…" : text));
    }
    return parts.toString();
  }

  // ---- quote groups

  private void quoteGroups() {
    List<String[]> goldQuotes = new ArrayList<>();
    List<Integer> goldGroupOf = new ArrayList<>();
    int groupIndex = 0;
    for (JsonNode group : gold.path("quoteGroups")) {
      for (JsonNode quote : group.path("quotes")) {
        goldQuotes.add(new String[] {quote.path("article").asText(), quote.path("text").asText()});
        goldGroupOf.add(groupIndex);
      }
      groupIndex++;
    }
    Map<String, Integer> predictedGroupOf = new HashMap<>();
    int p = 0;
    for (JsonNode story : report.path("stories")) {
      for (JsonNode group : story.path("quoteGroups")) {
        for (JsonNode id : group.path("quotes")) {
          predictedGroupOf.put(id.asText(), p);
        }
        p++;
      }
    }
    // Each gold quote's predicted quote: the best-overlapping quote of its article.
    List<String> predictedOf = new ArrayList<>();
    for (String[] q : goldQuotes) {
      predictedOf.add(bestQuote(q[0], q[1]));
    }
    int goldPairs = 0;
    int goldFound = 0;
    for (int i = 0; i < goldQuotes.size(); i++) {
      for (int j = i + 1; j < goldQuotes.size(); j++) {
        if (!goldGroupOf.get(i).equals(goldGroupOf.get(j))
            || goldQuotes.get(i)[0].equals(goldQuotes.get(j)[0])) {
          continue;
        }
        goldPairs++;
        Integer a = predictedGroupOf.get(predictedOf.get(i));
        Integer b = predictedGroupOf.get(predictedOf.get(j));
        if (a != null && a.equals(b)) {
          goldFound++;
        } else {
          lines.add("  missed quote pair: " + goldQuotes.get(i)[1] + " / " + goldQuotes.get(j)[1]);
        }
      }
    }
    Map<String, Integer> goldGroupOfPredicted = new HashMap<>();
    for (int i = 0; i < goldQuotes.size(); i++) {
      if (!predictedOf.get(i).isEmpty()) {
        goldGroupOfPredicted.putIfAbsent(predictedOf.get(i), goldGroupOf.get(i));
      }
    }
    List<String> ids = new ArrayList<>(predictedGroupOf.keySet());
    ids.sort(null);
    int predictedPairs = 0;
    int predictedRight = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String x = ids.get(i);
        String y = ids.get(j);
        if (!predictedGroupOf.get(x).equals(predictedGroupOf.get(y))
            || article(x).equals(article(y))) {
          continue;
        }
        predictedPairs++;
        Integer a = goldGroupOfPredicted.get(x);
        if (a != null && a.equals(goldGroupOfPredicted.get(y))) {
          predictedRight++;
        } else {
          lines.add(
              "  wrong quote pair: "
                  + quotesById.get(x).path("text").asText()
                  + " / "
                  + quotesById.get(y).path("text").asText());
        }
      }
    }
    prf("quotes", predictedRight, predictedPairs, goldFound, goldPairs);
  }

  private static String article(String quoteId) {
    int hash = quoteId.lastIndexOf('#');
    return hash < 0 ? quoteId : quoteId.substring(0, hash);
  }

  private String bestQuote(String article, String text) {
    String best = "";
    double bestScore = 0;
    for (JsonNode a : report.path("articles")) {
      if (!a.path("id").asText().equals(article)) {
        continue;
      }
      for (JsonNode quote : a.path("quotes")) {
        double score = overlap(quote.path("text").asText(), text);
        if (score > bestScore) {
          best = quote.path("id").asText();
          bestScore = score;
        }
      }
    }
    return bestScore >= WORD_COVER ? best : "";
  }

  // ---- stances

  private void stances() {
    List<JsonNode> golds = list(gold.path("stances"));
    List<JsonNode> predicted = new ArrayList<>();
    report.path("stories").forEach(s -> s.path("stances").forEach(predicted::add));
    Set<Integer> found = new LinkedHashSet<>();
    int matched = 0;
    int right = 0;
    for (JsonNode stance : predicted) {
      String actor = fold(stance.path("actor").asText());
      int hit = -1;
      for (int g = 0; g < golds.size() && hit < 0; g++) {
        for (String name : names(golds.get(g))) {
          if (sameName(actor, fold(name))) {
            hit = g;
            break;
          }
        }
      }
      String kind = stance.path("stance").asText();
      if (hit >= 0) {
        matched++;
        found.add(hit);
        String expected = golds.get(hit).path("stance").asText();
        right += expected.equals(kind) ? 1 : 0;
        if (!expected.equals(kind)) {
          lines.add(
              "  wrong stance: " + stance.path("actor").asText() + " " + kind + " ≠ " + expected);
        }
      } else {
        lines.add("  stance of no gold actor: " + stance.path("actor").asText() + " " + kind);
      }
    }
    for (int g = 0; g < golds.size(); g++) {
      if (!found.contains(g)) {
        lines.add("  missed stance: " + golds.get(g).path("actor").asText());
      }
    }
    prf("stances", matched, predicted.size(), found.size(), golds.size());
    figures.put("stances.accuracy", matched == 0 ? 0.0 : (double) right / matched);
  }

  private static List<String> names(JsonNode stance) {
    List<String> names = new ArrayList<>();
    names.add(stance.path("actor").asText());
    stance.path("people").forEach(p -> names.add(p.asText()));
    return names;
  }

  /** Equal, or one holds the other's last word (a surname, "Union"). */
  private static boolean sameName(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    return x[x.length - 1].equals(y[y.length - 1])
        && (x.length == 1 || y.length == 1 || x[0].equals(y[0]));
  }

  // ---- near-duplicates

  private void nearDuplicates() {
    Set<String> golds = new LinkedHashSet<>();
    for (JsonNode dup : gold.path("nearDuplicates")) {
      List<String> articles = new ArrayList<>();
      dup.path("articles").forEach(a -> articles.add(a.asText()));
      for (int i = 0; i < articles.size(); i++) {
        for (int j = i + 1; j < articles.size(); j++) {
          golds.add(pair(articles.get(i), articles.get(j)));
        }
      }
    }
    Set<String> predicted = new LinkedHashSet<>();
    report
        .path("stories")
        .forEach(
            s ->
                s.path("duplicates")
                    .forEach(
                        d ->
                            predicted.add(
                                pair(d.path("article").asText(), d.path("copyOf").asText()))));
    int right = (int) predicted.stream().filter(golds::contains).count();
    prf("duplicates", right, predicted.size(), right, golds.size());
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }

  // ---- coverage

  private void uniqueFacts() {
    int total = 0;
    int found = 0;
    for (JsonNode entry : gold.path("uniqueFacts")) {
      String article = entry.path("article").asText();
      Set<String> unique = coverageIds(article, "unique");
      for (JsonNode fact : entry.path("facts")) {
        total++;
        boolean hit = false;
        for (JsonNode f : facts()) {
          if (unique.contains(f.path("id").asText()) && anyClaim(f, article, fact)) {
            hit = true;
          }
        }
        found += hit ? 1 : 0;
        if (!hit) {
          lines.add("  missed unique fact: " + article + ": " + fact.path("text").asText());
        }
      }
    }
    prf("unique", found, Math.max(found, 1), found, total);
  }

  private void omissions() {
    Map<String, JsonNode> facts = new HashMap<>();
    gold.path("agreements").forEach(a -> facts.put(a.path("id").asText(), a));
    gold.path("conflicts").forEach(a -> facts.put(a.path("id").asText(), a));
    int total = 0;
    int found = 0;
    for (JsonNode omission : gold.path("omissions")) {
      JsonNode fact = facts.get(omission.path("fact").asText());
      for (JsonNode by : omission.path("omittedBy")) {
        total++;
        Set<String> omitted = coverageIds(by.asText(), "omitted");
        boolean hit = false;
        for (JsonNode f : facts()) {
          if (!omitted.contains(f.path("id").asText()) || fact == null) {
            continue;
          }
          for (JsonNode claim : fact.path("claims")) {
            hit |= anyClaim(f, claim.path("article").asText(), claim);
          }
        }
        found += hit ? 1 : 0;
        if (!hit) {
          lines.add("  missed omission: " + by.asText() + " leaves out " + omission.path("fact"));
        }
      }
    }
    prf("omissions", found, Math.max(found, 1), found, total);
  }

  private List<JsonNode> facts() {
    List<JsonNode> facts = new ArrayList<>();
    report.path("stories").forEach(s -> s.path("facts").forEach(facts::add));
    return facts;
  }

  private Set<String> coverageIds(String article, String field) {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode story : report.path("stories")) {
      for (JsonNode c : story.path("coverage")) {
        if (c.path("article").asText().equals(article)) {
          c.path(field).forEach(id -> ids.add(id.asText()));
        }
      }
    }
    return ids;
  }

  private boolean anyClaim(JsonNode fact, String article, JsonNode goldClaim) {
    for (JsonNode claim : fact.path("claims")) {
      if (claim.path("article").asText().equals(article) && sameText(claim, goldClaim)) {
        return true;
      }
    }
    return false;
  }

  // ---- text matching

  private static boolean sameText(JsonNode claim, JsonNode goldClaim) {
    if (!claim.path("article").asText().equals(goldClaim.path("article").asText())) {
      return false;
    }
    String text = claim.path("text").asText();
    return overlap(text, goldClaim.path("text").asText()) >= WORD_COVER
        || (goldClaim.has("context")
            && overlap(text, goldClaim.path("context").asText()) >= WORD_COVER);
  }

  /** 1 when one folded text contains the other, else the share of gold words in {@code ours}. */
  static double overlap(String ours, String gold) {
    String a = fold(ours);
    String b = fold(gold);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (a.contains(b) || b.contains(a)) {
      return 1;
    }
    Set<String> words = new java.util.HashSet<>(List.of(a.split(" ")));
    String[] goldWords = b.split(" ");
    int in = 0;
    for (String w : goldWords) {
      in += words.contains(w) ? 1 : 0;
    }
    return (double) in / goldWords.length;
  }

  static String fold(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replaceAll("[’‘`´]", "'")
            .replaceAll("[“”„]", "\"")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
  }

  private void prf(String name, int predictedRight, int predicted, int goldFound, int golds) {
    // Nothing to find and nothing found is a perfect score, not zero (a story without copies).
    double none = predicted == 0 && golds == 0 ? 1 : 0;
    double p = predicted == 0 ? none : (double) predictedRight / predicted;
    double r = golds == 0 ? none : (double) goldFound / golds;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    figures.put(name + ".p", p);
    figures.put(name + ".r", r);
    figures.put(name + ".f1", f);
    lines.add(
        String.format(
            Locale.ROOT,
            "%-10s P %.2f (%d/%d) R %.2f (%d/%d) F1 %.2f",
            name,
            p,
            predictedRight,
            predicted,
            r,
            goldFound,
            golds,
            f));
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }
}
