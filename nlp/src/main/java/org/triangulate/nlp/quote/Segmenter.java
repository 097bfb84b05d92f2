package org.triangulate.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.Sentence;

/**
 * Groups an article's sentences into {@link Segment}s: consecutive sentences of one paragraph are
 * joined when a quotation opened in one closes in a later one. Stateless and thread-safe.
 */
final class Segmenter {
  private Segmenter() {}

  static List<Segment> segments(
      String text, List<Sentence> sentences, List<QuoteMarks.Span> spans) {
    List<Segment> out = new ArrayList<>();
    int k = 0;
    int i = 0;
    while (i < sentences.size()) {
      int start = sentences.get(i).start();
      int end = sentences.get(i).end();
      while (k < spans.size() && spans.get(k).after() <= start) {
        k++;
      }
      int j = i;
      boolean quoted = false;
      for (int q = k; q < spans.size() && spans.get(q).open() < end; q++) {
        quoted = true;
        int reach = spans.get(q).after();
        while (reach > end && j + 1 < sentences.size() && !paragraphBetween(text, end, reach)) {
          j++;
          end = sentences.get(j).end();
        }
      }
      out.add(new Segment(start, end, quoted, firstIsMark(text, start)));
      i = j + 1;
    }
    return out;
  }

  private static boolean paragraphBetween(String text, int from, int to) {
    int p = text.indexOf("\n\n", from);
    return p >= 0 && p < to;
  }

  private static boolean firstIsMark(String text, int start) {
    char c = start < text.length() ? text.charAt(start) : ' ';
    return c == '“' || c == '"' || c == '„' || c == '«' || text.startsWith("''", start);
  }
}
