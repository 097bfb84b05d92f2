package org.triangulate.nlp.quote;

import java.util.List;

/**
 * The text of a quote: its span, less the attribution frames between its quoted sentences.
 *
 * <p>A direct quote that runs over a frame ({@code “We will win,” Jane Doe said on Monday. “The
 * vote is ours.”}) spans the frame, but what was said is only the quoted words on either side. A
 * frame is the unquoted stretch between two quotations of the span where the first ends on a comma,
 * question or exclamation mark: a quoted sentence handed over to its source; the marks and space
 * between two quotations with no words between them go too. Unquoted words between quoted fragments
 * of a paraphrase ({@code called the plan “a dead end” and “a waste”}) stay. The report contract's
 * quote text is "what was said": its offsets still span the whole quote. Stateless and thread-safe.
 */
final class QuoteText {
  private QuoteText() {}

  /**
   * The text of the quote over {@code [start, end)}: the frames between its quotations cut out and
   * the parts joined with a space when {@code direct}, else the span's text as it stands.
   */
  static String of(String text, List<QuoteMarks.Span> spans, int start, int end, boolean direct) {
    if (!direct) {
      return text.substring(start, end);
    }
    StringBuilder out = new StringBuilder();
    int from = start;
    QuoteMarks.Span previous = null;
    for (QuoteMarks.Span q : spans) {
      if (q.open() >= end) {
        break;
      }
      if (previous != null
          && previous.after() > from
          && q.open() >= previous.after()
          && q.start() < end
          && isFrame(text, previous, q)) {
        out.append(text, from, previous.closed() ? previous.after() - 1 : previous.after());
        out.append(' ');
        from = q.start();
      }
      if (q.after() > start && q.open() >= start - 1) {
        previous = q;
      }
    }
    return out.append(text, from, end).toString();
  }

  /**
   * Whether the stretch between quotations {@code a} and {@code b} is a frame to cut: only space (a
   * quote carried on over a paragraph break), or words after a quotation that hands over.
   */
  static boolean isFrame(String text, QuoteMarks.Span a, QuoteMarks.Span b) {
    int words = Spans.words(text, a.after(), b.open());
    if (words == 0) {
      return text.substring(a.after(), b.open()).isBlank();
    }
    return a.closed() && endsOnHandOver(text, a);
  }

  /**
   * Whether the quotation ends on a comma, question or exclamation mark before its closing mark,
   * perhaps inside a closing single mark ({@code “… you called ‘miracles,’”}).
   */
  static boolean endsOnHandOver(String text, QuoteMarks.Span q) {
    for (int i = q.after() - 2; i >= q.start() && i >= q.after() - 4; i--) {
      char c = text.charAt(i);
      if (c == ',' || c == '?' || c == '!') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '’' && c != '\'') {
        return false;
      }
    }
    return false;
  }
}
