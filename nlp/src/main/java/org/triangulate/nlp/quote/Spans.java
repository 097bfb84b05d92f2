package org.triangulate.nlp.quote;

import java.util.List;

/** Small span arithmetic over quotation spans and words. Stateless and thread-safe. */
final class Spans {
  private Spans() {}

  /** Whether {@code pos} lies between the marks of one of the sorted {@code spans}. */
  static boolean inside(List<QuoteMarks.Span> spans, int pos) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      QuoteMarks.Span q = spans.get(mid);
      if (pos < q.open()) {
        hi = mid - 1;
      } else if (pos >= q.after()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** The number of double quotation marks (“ ” " „ « ») in {@code [from, to)}. */
  static int marks(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '”' || c == '"' || c == '„' || c == '«' || c == '»') {
        n++;
      }
    }
    return n;
  }

  /** The number of words (runs of letters or digits) in {@code [from, to)}. */
  static int words(String text, int from, int to) {
    int n = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }

  /**
   * The number of words between quotation marks of the sorted {@code spans} in {@code [from, to)}.
   */
  static int quotedWords(String text, List<QuoteMarks.Span> spans, int from, int to) {
    int n = 0;
    for (QuoteMarks.Span q : spans) {
      if (q.open() >= to) {
        break;
      }
      int s = Math.max(from, q.start());
      int e = Math.min(to, q.end());
      if (s < e) {
        n += words(text, s, e);
      }
    }
    return n;
  }
}
