package org.triangulate.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into word and punctuation tokens: acronyms with full stops ("U.S."), words with inner
 * hyphens and apostrophes ("al-Assad", "O'Brien", "F-16"), numbers with separators ("1,200.5"), and
 * any other non-space character alone. A possessive "'s" is a token of its own.
 *
 * <p>Stateless and thread-safe; linear in the text.
 */
public final class Tokenizer {
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{Lu}\\.){2,}"
              + "|\\p{N}+(?:[.,]\\p{N}+)*"
              + "|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*"
              + "|\\S");

  private Tokenizer() {}

  /** The tokens of {@code text} between {@code from} and {@code to}, in order. */
  public static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (e - s > 2
          && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
          && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')) {
        out.add(new Token(text.substring(s, e - 2), s, e - 2));
        out.add(new Token(text.substring(e - 2, e), e - 2, e));
      } else {
        out.add(new Token(text.substring(s, e), s, e));
      }
    }
    return out;
  }
}
