package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.stories.ContentWords;

/**
 * Normalised words of a text for comparing statements: lower case, diacritics and punctuation
 * removed, hyphenated words split, "U.S."/"US"/"USA" made one word, a plural "s" dropped.
 *
 * <p>Stateless and safe to share across threads.
 */
final class Words {
  private static final Pattern TOKEN =
      Pattern.compile("U\\.S\\.(?:A\\.)?|[\\p{L}\\p{N}]+(?:[.,]\\p{N}+)*");
  private static final ContentWords STOP = ContentWords.standard();

  /** One word of a text with its span and whether it carries content. */
  record Token(String form, int start, int end, boolean content) {}

  private Words() {}

  /** The tokens of {@code text} between {@code from} and {@code to}, with offsets into it. */
  static List<Token> tokens(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      String form = normalize(m.group());
      boolean content =
          !STOP.isStopWord(form) && (form.length() > 1 || Character.isDigit(form.charAt(0)));
      tokens.add(new Token(form, m.start(), m.end(), content));
    }
    return tokens;
  }

  /** The distinct content words of {@code text}, in text order. */
  static Set<String> content(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (Token token : tokens(text, 0, text.length())) {
      if (token.content()) {
        words.add(token.form());
      }
    }
    return words;
  }

  /** One raw word in its compared form. */
  static String normalize(String raw) {
    if (raw.startsWith("U.S.") || raw.equals("US") || raw.equals("USA")) {
      return "usa";
    }
    String word = ContentWords.fold(raw).replace(",", "");
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")
        && Character.isLetter(word.charAt(0))) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** |a ∩ b|. */
  static int shared(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String word : small) {
      if (large.contains(word)) {
        n++;
      }
    }
    return n;
  }

  /** 2|a ∩ b| / (|a| + |b|), 0 when both are empty. */
  static double dice(Set<String> a, Set<String> b) {
    int total = a.size() + b.size();
    return total == 0 ? 0.0 : 2.0 * shared(a, b) / total;
  }

  /** |a ∩ b| / |a ∪ b|, 0 when both are empty. */
  static double jaccard(Set<String> a, Set<String> b) {
    int shared = shared(a, b);
    int union = a.size() + b.size() - shared;
    return union == 0 ? 0.0 : (double) shared / union;
  }

  /** |a ∩ b| / min(|a|, |b|): 1 when one set holds the other; 0 when either is empty. */
  static double containment(Set<String> a, Set<String> b) {
    int min = Math.min(a.size(), b.size());
    return min == 0 ? 0.0 : (double) shared(a, b) / min;
  }
}
