package org.triangulate.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.Brief;
import org.triangulate.model.Claim;
import org.triangulate.model.Conflict;
import org.triangulate.model.Fact;
import org.triangulate.model.FactStatus;
import org.triangulate.model.Stance;
import org.triangulate.model.StanceKind;

/**
 * A story's brief arranged for people, shared by the Markdown and HTML writers: the disputes, the
 * agreed and single-source facts, stances by question, claims merged where outlets say the same,
 * and the anchor ids of the story's sections and facts.
 *
 * <p>Anchor ids are made from the story's number and positions ({@code story2-f5}), never from
 * article-derived text. Immutable.
 *
 * @param number the story's number in the report, from one
 * @param brief the brief
 * @param disputes its conflicts, then its conflicting facts not already shown by a conflict
 * @param agreed its corroborated facts
 * @param single its single-source facts
 * @param questions its stances, grouped by the proposition they take a position on
 */
record StoryLayout(
    int number,
    Brief brief,
    List<Dispute> disputes,
    List<Fact> agreed,
    List<Fact> single,
    Map<String, List<Stance>> questions) {

  /**
   * One point the outlets disagree on.
   *
   * @param about what is disputed
   * @param claims the claims, merged where outlets say the same
   */
  record Dispute(String about, List<SameClaim> claims) {
    Dispute {
      claims = List.copyOf(claims);
    }
  }

  /**
   * Claims of one or more articles with the same words and the same value.
   *
   * @param text the words
   * @param value the quantity in words, when the claim is about one
   * @param claims the claims, one per article at most, in the order given
   */
  record SameClaim(String text, Optional<String> value, List<Claim> claims) {
    SameClaim {
      claims = List.copyOf(claims);
    }
  }

  private static final int SHORT = 90;

  StoryLayout {
    disputes = List.copyOf(disputes);
    agreed = List.copyOf(agreed);
    single = List.copyOf(single);
    questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
  }

  /** Arranges {@code brief}, the story numbered {@code number}. */
  static StoryLayout of(int number, Brief brief) {
    List<Dispute> disputes = new ArrayList<>();
    for (Conflict conflict : brief.conflicts()) {
      disputes.add(new Dispute(conflict.about(), merge(conflict.claims())));
    }
    for (Fact fact : ReportLookup.disputedFacts(brief)) {
      disputes.add(new Dispute(fact.statement(), merge(fact.claims())));
    }
    Map<String, List<Stance>> questions = new LinkedHashMap<>();
    for (Stance stance : brief.stances()) {
      questions.computeIfAbsent(stance.proposition(), p -> new ArrayList<>()).add(stance);
    }
    questions.replaceAll((p, stances) -> List.copyOf(stances));
    return new StoryLayout(
        number,
        brief,
        disputes,
        withStatus(brief, FactStatus.CORROBORATED),
        withStatus(brief, FactStatus.SINGLE_SOURCE),
        questions);
  }

  /** The claims with equal words and value merged into one, in order of first appearance. */
  static List<SameClaim> merge(List<Claim> claims) {
    Map<List<String>, List<Claim>> same = new LinkedHashMap<>();
    for (Claim claim : claims) {
      String value = claim.quantity().map(ReportLookup::describe).orElse("");
      same.computeIfAbsent(List.of(claim.text().strip(), value), k -> new ArrayList<>()).add(claim);
    }
    List<SameClaim> merged = new ArrayList<>();
    same.forEach(
        (key, group) ->
            merged.add(
                new SameClaim(
                    key.get(0),
                    key.get(1).isEmpty() ? Optional.empty() : Optional.of(key.get(1)),
                    group)));
    return merged;
  }

  /** The anchor id of this story's section. */
  String anchor() {
    return "story" + number;
  }

  /** The anchor id of one of this story's parts: {@code conflicts}, {@code agreed}, ... */
  String anchor(String part) {
    return anchor() + "-" + part;
  }

  /**
   * The anchor id of each agreed or single-source fact, by fact id; should an id repeat, its first
   * fact holds the anchor.
   */
  Map<String, String> factAnchors() {
    Map<String, String> anchors = new HashMap<>();
    List<Fact> facts = brief.facts();
    for (int i = 0; i < facts.size(); i++) {
      if (facts.get(i).status() != FactStatus.CONFLICTING) {
        anchors.putIfAbsent(facts.get(i).id(), anchor("f" + (i + 1)));
      }
    }
    return anchors;
  }

  /** The statement of each of the story's facts, by fact id. */
  Map<String, String> statements() {
    Map<String, String> statements = new HashMap<>();
    brief.facts().forEach(f -> statements.putIfAbsent(f.id(), f.statement()));
    return statements;
  }

  /** {@code text} cut at a word boundary to about {@value #SHORT} characters, marked by "…". */
  static String shortened(String text) {
    String flat = text.strip();
    if (flat.length() <= SHORT) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', SHORT);
    if (cut < SHORT / 2) {
      cut = Character.isHighSurrogate(flat.charAt(SHORT - 1)) ? SHORT - 1 : SHORT;
    }
    return flat.substring(0, cut).stripTrailing() + "\u2026";
  }

  /** How the brief names an actor's position: "supports", "opposes" or "mixed". */
  static String position(StanceKind stance) {
    return switch (stance) {
      case SUPPORT -> "supports";
      case OPPOSE -> "opposes";
      case MIXED -> "mixed";
    };
  }

  /** The distinct articles of {@code claims}, in order. */
  static List<String> articles(List<Claim> claims) {
    return claims.stream().map(Claim::article).distinct().toList();
  }

  private static List<Fact> withStatus(Brief brief, FactStatus status) {
    return brief.facts().stream().filter(f -> f.status() == status).toList();
  }
}
