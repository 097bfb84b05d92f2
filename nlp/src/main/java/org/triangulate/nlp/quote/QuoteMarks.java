package org.triangulate.nlp.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between double quotation marks, typographic (“ ” „ « ») or straight ("),
 * paragraph by paragraph; two apostrophes ('') stand for a double mark, as some archives write
 * them.
 *
 * <p>A straight mark opens a quote after white space or an opening bracket or dash and before a
 * non-space; one after a digit (12" for inches) is no quotation mark. Single marks are ignored,
 * since they cannot be told from apostrophes. A quote left open at its paragraph's end runs to that
 * end: news style for a quote that continues in the next paragraph. A typographic opening mark met
 * inside an open quote closes it when it follows a word (a mark typed the wrong way round), else
 * ends that one unclosed and opens the next. A straight opening mark followed by a typographic pair
 * ({@code "Doe walked on, chanting “We win!”}) is a stray and opens nothing. Stateless and
 * thread-safe.
 */
final class QuoteMarks {
  /**
   * The words between two marks.
   *
   * @param start offset of the first quoted character
   * @param end offset after the last quoted character
   * @param open offset of the opening mark
   * @param after offset after the closing mark, or the paragraph end when the quote runs on
   * @param closed whether a closing mark ends it in its paragraph
   */
  record Span(int start, int end, int open, int after, boolean closed) {}

  private QuoteMarks() {}

  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int open = -1;
    int stray = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' && open >= 0 && paragraphEnds(text, i)) {
        add(text, open, i, i, false, out);
        open = -1;
      } else if (open < 0 && isTwinOpening(text, i)) {
        open = i;
        i++;
      } else if (isOpening(text, i) && open < 0 && i != stray) {
        open = i;
      } else if (c == '“' && open >= 0 && text.charAt(open) == '“') {
        boolean closes = isTurnedClosing(text, i);
        add(text, open, i, closes ? i + 1 : i, closes, out);
        open = closes ? -1 : i;
      } else if (open >= 0 && isTwin(text, open)) {
        if (isTwin(text, i) && !Character.isWhitespace(text.charAt(i - 1))) {
          add(text, open, i, i + 2, true, out);
          open = -1;
          i++;
        }
      } else if (isClosing(text, i) && open >= 0) {
        if (isStray(text, open, i)) {
          stray = open;
          i = open;
          open = -1;
          continue;
        }
        add(text, open, i, i + 1, true, out);
        open = -1;
      }
    }
    if (open >= 0) {
      add(text, open, n, n, false, out);
    }
    return out;
  }

  /**
   * Whether the straight mark at {@code open} is a stray, not the partner of the typographic
   * closing mark at {@code close}: a typographic opening mark stands between them ({@code "Doe
   * walked on, chanting “We win!”}), so that closing mark is its partner.
   */
  private static boolean isStray(String text, int open, int close) {
    if (text.charAt(open) != '"' || text.charAt(close) != '”') {
      return false;
    }
    int typographic = text.indexOf('“', open);
    return typographic >= 0 && typographic < close;
  }

  /**
   * Whether an opening mark met inside an open quote closes it, typed the wrong way round ({@code
   * “the gate“ stays}): it follows a word and comes before a space, punctuation or the end.
   */
  private static boolean isTurnedClosing(String text, int i) {
    char before = text.charAt(i - 1);
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    return !Character.isWhitespace(before)
        && "([—–-:".indexOf(before) < 0
        && (Character.isWhitespace(after) || ".,;:!?)".indexOf(after) >= 0);
  }

  private static boolean paragraphEnds(String text, int newline) {
    int j = newline + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j >= text.length() || text.charAt(j) == '\n' || text.charAt(j) == '\r';
  }

  /** Two apostrophes standing for a double mark, as some archives write quotes. */
  private static boolean isTwin(String text, int i) {
    return text.startsWith("''", i) && !text.startsWith("'''", i);
  }

  private static boolean isTwinOpening(String text, int i) {
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char after = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
    return isTwin(text, i)
        && (Character.isWhitespace(before) || "([—–-:".indexOf(before) >= 0)
        && !Character.isWhitespace(after);
  }

  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '„' || c == '«') {
      return true;
    }
    if (c != '"') {
      return false;
    }
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    return (Character.isWhitespace(before) || "([—–-:".indexOf(before) >= 0)
        && !Character.isWhitespace(after);
  }

  private static boolean isClosing(String text, int i) {
    char c = text.charAt(i);
    if (c == '”' || c == '»') {
      return true;
    }
    if (c != '"') {
      return false;
    }
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    boolean endsHere = Character.isWhitespace(after) || ".,;:!?)".indexOf(after) >= 0;
    return (!Character.isWhitespace(before) && !Character.isDigit(before))
        || (Character.isWhitespace(before)
            && endsHere
            && i > 1
            && isPunctuation(text.charAt(i - 2)));
  }

  private static boolean isPunctuation(char c) {
    return ".,;:!?'’".indexOf(c) >= 0;
  }

  private static void add(
      String text, int open, int close, int after, boolean closed, List<Span> out) {
    int s = open + (isTwin(text, open) ? 2 : 1);
    int e = close;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (e > s && hasLetter(text, s, e)) {
      out.add(new Span(s, e, open, after, closed));
    }
  }

  private static boolean hasLetter(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
