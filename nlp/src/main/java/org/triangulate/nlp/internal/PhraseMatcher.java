package org.triangulate.nlp.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the longest listed phrase that starts at a token: a gazetteer lookup over token sequences.
 *
 * <p>Phrases are tokenized with {@link Tokenizer}; tokens compare case-insensitively, except that
 * the first token of a phrase must match exactly when the matcher is built case-sensitive (so the
 * gazetteer entry "Javelin" does not match "javelin"). Immutable and thread-safe.
 */
public final class PhraseMatcher {
  private final Map<String, List<List<String>>> byFirst;
  private final boolean firstExact;

  private PhraseMatcher(Map<String, List<List<String>>> byFirst, boolean firstExact) {
    this.byFirst = byFirst;
    this.firstExact = firstExact;
  }

  /**
   * A matcher for {@code phrases}.
   *
   * @param firstExact whether a phrase's first token must match with its case as written
   */
  public static PhraseMatcher of(List<String> phrases, boolean firstExact) {
    Map<String, List<List<String>>> map = new HashMap<>();
    for (String phrase : phrases) {
      List<String> words = new ArrayList<>();
      for (Token t : Tokenizer.tokens(phrase, 0, phrase.length())) {
        words.add(t.text());
      }
      if (!words.isEmpty()) {
        map.computeIfAbsent(key(words.get(0)), k -> new ArrayList<>()).add(List.copyOf(words));
      }
    }
    Map<String, List<List<String>>> frozen = new HashMap<>();
    for (Map.Entry<String, List<List<String>>> e : map.entrySet()) {
      List<List<String>> list = new ArrayList<>(e.getValue());
      list.sort(Comparator.comparingInt((List<String> l) -> l.size()).reversed());
      frozen.put(e.getKey(), List.copyOf(list));
    }
    return new PhraseMatcher(Map.copyOf(frozen), firstExact);
  }

  /** The number of tokens of the longest phrase starting at {@code tokens[at]}, or 0. */
  public int match(List<Token> tokens, int at) {
    List<List<String>> candidates = byFirst.get(key(tokens.get(at).text()));
    if (candidates == null) {
      return 0;
    }
    for (List<String> phrase : candidates) {
      if (at + phrase.size() <= tokens.size() && matches(phrase, tokens, at)) {
        return phrase.size();
      }
    }
    return 0;
  }

  /** Whether {@code words} (already tokenized) is exactly one listed phrase. */
  public boolean contains(List<Token> tokens) {
    return !tokens.isEmpty() && match(tokens, 0) == tokens.size();
  }

  private boolean matches(List<String> phrase, List<Token> tokens, int at) {
    for (int k = 0; k < phrase.size(); k++) {
      String want = phrase.get(k);
      String got = tokens.get(at + k).text();
      boolean same = k == 0 && firstExact ? want.equals(got) : want.equalsIgnoreCase(got);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  private static String key(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
