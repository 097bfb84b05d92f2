package org.triangulate.server.corpus;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into search terms: runs of letters and digits, lower-cased with {@link Locale#ROOT}
 * and stripped of accents, two characters or longer. Stateless and thread-safe.
 */
final class Terms {
  private Terms() {}

  /** The distinct terms of {@code text}, in order of first occurrence. */
  static Set<String> of(String text) {
    Set<String> terms = new LinkedHashSet<>();
    String folded = fold(text);
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        if (i - start >= 2) {
          terms.add(folded.substring(start, i));
        }
        start = -1;
      }
    }
    return terms;
  }

  /** {@code text} lower-cased and without combining accents. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
