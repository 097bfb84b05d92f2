package org.triangulate.corroborate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The content words of a quote in a form that survives rewording: each {@link Words} form lightly
 * stemmed (an "-ing", "-ed" or "-ly" ending dropped: "warned", "warning" and "warn" meet, and
 * "deeply" and "deep") and replaced by the first word of its set in {@code quote-synonyms.txt}
 * ("let" and "allow" meet).
 *
 * <p>Immutable and safe to share across threads.
 */
final class QuoteWords {
  /** Words shorter than this keep their endings ("red", "need", "king"). */
  static final int MIN_STEMMED = 6;

  private static final Map<String, String> CANONICAL = load("quote-synonyms.txt");

  private QuoteWords() {}

  /** The compared words of {@code text}, in text order. */
  static Set<String> of(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : Words.content(text)) {
      String stem = stem(word);
      words.add(CANONICAL.getOrDefault(stem, stem));
    }
    return words;
  }

  /** {@code word} without an "-ing", "-ed" or "-ly" ending when it is long enough to have one. */
  static String stem(String word) {
    if (word.length() >= MIN_STEMMED && word.endsWith("ly")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() >= MIN_STEMMED && word.endsWith("ing")) {
      return undouble(word.substring(0, word.length() - 3));
    }
    if (word.length() >= MIN_STEMMED && word.endsWith("ed")) {
      return undouble(word.substring(0, word.length() - 2));
    }
    return word;
  }

  /** "stopp" to "stop": a doubled final consonant left by a dropped ending. */
  private static String undouble(String stem) {
    int n = stem.length();
    if (n > 3
        && stem.charAt(n - 1) == stem.charAt(n - 2)
        && "aeiouls".indexOf(stem.charAt(n - 1)) < 0) {
      return stem.substring(0, n - 1);
    }
    return stem;
  }

  private static Map<String, String> load(String name) {
    Map<String, String> canonical = new HashMap<>();
    for (String line : Lexicon.lines(name)) {
      String first = null;
      for (String word : Words.content(line)) {
        String stem = stem(word);
        first = first == null ? stem : first;
        canonical.putIfAbsent(stem, first);
      }
    }
    return Map.copyOf(canonical);
  }
}
