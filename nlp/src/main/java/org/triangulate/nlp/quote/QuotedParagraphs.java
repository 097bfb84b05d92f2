package org.triangulate.nlp.quote;

import java.util.List;

/**
 * Finds paragraphs that carry on the quote of the paragraph before: news often hands a speaker's
 * next sentences a paragraph of their own, all quoted and with no cue ({@code “We will rebuild,”
 * she said.} then {@code “The weir comes first.”}). Stateless and thread-safe.
 */
final class QuotedParagraphs {
  private QuotedParagraphs() {}

  /**
   * Whether {@code start} opens the paragraph right after the one where a quote ends at {@code
   * previousEnd}, and every word of that paragraph is quoted.
   */
  static boolean carriesOn(String text, List<QuoteMarks.Span> spans, int previousEnd, int start) {
    int brk = text.indexOf("\n\n", previousEnd);
    if (brk < 0 || brk >= start || !text.substring(brk, start).isBlank()) {
      return false;
    }
    int end = text.indexOf("\n\n", start);
    if (end < 0) {
      end = text.length();
    }
    int words = Spans.words(text, start, end);
    return words > 0 && Spans.quotedWords(text, spans, start, end) == words;
  }
}
