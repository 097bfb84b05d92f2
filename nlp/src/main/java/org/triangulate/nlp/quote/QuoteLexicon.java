package org.triangulate.nlp.quote;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.triangulate.model.EntityType;
import org.triangulate.nlp.internal.Lexicon;

/**
 * The word lists of quote attribution: cues, pronouns, unnamed-source nouns, role nouns and the
 * words that may stand between a source and its cue.
 *
 * <p>Immutable and thread-safe.
 */
final class QuoteLexicon {
  private final Map<String, EntityType> pronouns = new HashMap<>();
  private final Set<String> sources = Lexicon.lowerSet("quote/sources.txt");
  private final Set<String> roles = Lexicon.lowerSet("quote/role-nouns.txt");
  private final Set<String> prepositional = Lexicon.lowerSet("quote/prepositional-cues.txt");
  private final Set<String> objectCues = Lexicon.lowerSet("quote/object-cues.txt");
  private final Set<String> notSources = Lexicon.lowerSet("quote/not-sources.txt");
  private final Set<String> gapWords = Lexicon.lowerSet("quote/speaker-gap-words.txt");
  private final Set<String> relatives = Lexicon.lowerSet("quote/relative-pronouns.txt");
  private final Set<String> nounMarkers = Lexicon.lowerSet("quote/noun-markers.txt");
  private final Set<String> nounFollowers = Lexicon.lowerSet("quote/noun-followers.txt");
  private final Set<String> verbOnlyCues = Lexicon.lowerSet("quote/verb-only-cues.txt");
  private final Set<String> placePrepositions = Lexicon.lowerSet("quote/place-prepositions.txt");
  private final Set<String> issuingVerbs = Lexicon.lowerSet("quote/issuing-verbs.txt");
  private final Set<String> notTitles = Lexicon.lowerSet("quote/not-title-words.txt");
  private final String cueAlternation;
  private final String participleAlternation =
      String.join("|", Lexicon.lines("quote/participle-cues.txt").stream().sorted().toList());

  QuoteLexicon() {
    for (String[] row : Lexicon.table("quote/pronouns.tsv")) {
      pronouns.put(row[0], row[1].equals("NONE") ? EntityType.OTHER : EntityType.valueOf(row[1]));
    }
    cueAlternation = alternation("quote/cues.txt");
  }

  /** The phrases of a resource list as a regex alternation, longest first, any run of spaces. */
  static String alternation(String resource) {
    return String.join(
        "|",
        Lexicon.lines(resource).stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q"))
            .toList());
  }

  /** The cues as a regex alternation, longest first. */
  String cues() {
    return cueAlternation;
  }

  /** The participles that start a second attribution ("…, adding that …") as an alternation. */
  String participles() {
    return participleAlternation;
  }

  /** The kind a pronoun resolves to ({@code OTHER} for "I", "we": not resolved), if a pronoun. */
  Optional<EntityType> pronoun(String word) {
    return Optional.ofNullable(pronouns.get(word.toLowerCase(Locale.ROOT)));
  }

  boolean isSource(String word) {
    return sources.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isRole(String word) {
    return roles.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a cue comes before its source ("according to X"). */
  boolean isPrepositional(String cue) {
    return prepositional.contains(cue.toLowerCase(Locale.ROOT));
  }

  /** Whether a cue takes an object before its content ("told reporters that"). */
  boolean takesObject(String cue) {
    return objectCues.contains(cue.toLowerCase(Locale.ROOT));
  }

  /** Whether a word can never be (the last word of) a source ("and", "Tuesday"). */
  boolean isNotSource(String word) {
    return notSources.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word may stand between a source and its cue ("has", "also"). */
  boolean isGapWord(String word) {
    return gapWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word before a cue shows the cue is a noun ("the claims", "these reports"). */
  boolean marksNoun(String wordBefore) {
    return nounMarkers.contains(wordBefore.toLowerCase(Locale.ROOT));
  }

  /** Whether a word after a cue shows the cue is a noun ("the states were", "claims of"). */
  boolean followsNoun(String wordAfter) {
    return nounFollowers.contains(wordAfter.toLowerCase(Locale.ROOT));
  }

  /** Whether a cue word is a verb only and never a noun ("says", "told"). */
  boolean isVerbOnly(String cue) {
    return verbOnlyCues.contains(cue.toLowerCase(Locale.ROOT));
  }

  /** Whether a word is a relative pronoun that can stand for a source ("who", "which"). */
  boolean isRelative(String word) {
    return relatives.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word puts the name after it in a place or setting ("in", "at", "outside"). */
  boolean isPlacePreposition(String word) {
    return placePrepositions.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a verb takes a document as its object ("issued", "released"): no source follows it. */
  boolean issues(String word) {
    return issuingVerbs.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word} cannot be part of a title before a name ("on", "that", "Monday"). */
  boolean isNotTitle(String word) {
    return notTitles.contains(word.toLowerCase(Locale.ROOT));
  }
}
