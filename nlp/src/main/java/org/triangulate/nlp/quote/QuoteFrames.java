package org.triangulate.nlp.quote;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Cuts the attribution frame off a direct quote's content, so that only the quoted sentence stays.
 *
 * <p>Two news constructions put the frame inside the stretch a rule takes as content:
 *
 * <ul>
 *   <li>a frame before a quoted full sentence: {@code Asked about the vote, Jane Doe replied: “We
 *       will win.”} (the quotation opens with a capital after a colon or comma and runs to the
 *       end);
 *   <li>a frame after a quoted sentence: {@code “We will win,” Jane Doe shouted from the stage.}
 *       (the content opens with the quotation, which closes on a comma, question or exclamation
 *       mark, and only unquoted words follow).
 * </ul>
 *
 * <p>A quoted fragment inside a paraphrase ({@code she called the plan “a dead end”}) is left
 * whole: it opens in lower case and is not closed by punctuation. Stateless and thread-safe.
 */
final class QuoteFrames {
  /**
   * The reporter's next clause in a frame, before any later quotation ({@code “Why?” she said, but
   * the hall had emptied}).
   */
  private static final Pattern NEXT_CLAUSE =
      Pattern.compile("^[^“”\"]*?,\\s+(?:and|but)\\s", Pattern.CASE_INSENSITIVE);

  private QuoteFrames() {}

  /** {@code d} without its frame, or {@code d} itself when it has none. */
  static Draft trim(String text, List<QuoteMarks.Span> spans, Draft d) {
    if (!d.direct()) {
      return d;
    }
    int s = skipSpace(text, d.start(), d.end());
    int e = d.end();
    QuoteMarks.Span first = firstAtOrAfter(spans, s, e);
    if (first == null) {
      return d;
    }
    if (first.open() == s) {
      OptionalInt cut = frameAfter(text, spans, s, e);
      return cut.isPresent() ? new Draft(d.start(), cut.getAsInt(), true, d.cue(), d.speaker()) : d;
    }
    if (Spans.marks(text, s, first.open()) == 0
        && introducesSentence(text, s, first)
        && runsToEnd(text, spans, first, e)) {
      return new Draft(first.open(), e, true, d.cue(), d.speaker());
    }
    if (Spans.marks(text, s, first.open()) == 0 && namesSourceBefore(d, s, first.open())) {
      return new Draft(first.open(), e, true, d.cue(), d.speaker());
    }
    return d;
  }

  /**
   * Whether the draft's own source stands in {@code [s, open)}, unquoted words before its first
   * quotation ({@code Asked about the vote, Jane Doe said “we will win” in Harlow}): those words
   * are the frame that hands the quotation over, not what was said.
   */
  private static boolean namesSourceBefore(Draft d, int s, int open) {
    return d.speaker().filter(sp -> sp.start() >= s && sp.end() <= open).isPresent();
  }

  /**
   * Where the frame after a quoted sentence starts in {@code [s, e)} ({@code “We will win,” Jane
   * Doe shouted}): just after the closing mark of the quotation that opens at {@code s}; empty when
   * there is no such frame.
   */
  static OptionalInt frameAfter(String text, List<QuoteMarks.Span> spans, int s, int e) {
    QuoteMarks.Span first = firstAtOrAfter(spans, s, e);
    if (first == null || first.open() != s) {
      return OptionalInt.empty();
    }
    int after = first.after();
    if (first.closed()
        && after < e
        && endsSentence(text, first.end(), first.open())
        && (Spans.marks(text, after, e) == 0 || NEXT_CLAUSE.matcher(text).region(after, e).find())
        && Spans.words(text, after, e) > 0) {
      return OptionalInt.of(after);
    }
    return OptionalInt.empty();
  }

  private static QuoteMarks.Span firstAtOrAfter(List<QuoteMarks.Span> spans, int s, int e) {
    for (QuoteMarks.Span q : spans) {
      if (q.open() >= s && q.open() < e) {
        return q;
      }
    }
    return null;
  }

  /**
   * Whether the quotation ends on {@code ,} {@code ?} or {@code !} just before its closing mark.
   */
  private static boolean endsSentence(String text, int quotedEnd, int open) {
    int i = quotedEnd;
    while (i < text.length() && i - quotedEnd < 3) {
      char c = text.charAt(i);
      if (c == ',' || c == '?' || c == '!') {
        return true;
      }
      if (c == '”' || c == '"') {
        break;
      }
      i++;
    }
    char last = text.charAt(Math.max(open, quotedEnd - 1));
    return last == '?' || last == '!';
  }

  /** Whether the words before the quotation end with a colon or comma and it opens capitalised. */
  private static boolean introducesSentence(String text, int s, QuoteMarks.Span q) {
    String before = text.substring(s, q.open()).strip();
    if (before.isEmpty() || Spans.words(text, s, q.open()) < 2) {
      return false;
    }
    char last = before.charAt(before.length() - 1);
    return (last == ':' || last == ',') && Character.isUpperCase(text.charAt(q.start()));
  }

  /**
   * Whether {@code q} and the quotations after it reach {@code e} with no unquoted words left but
   * frames that hand a quotation over ({@code “We will win,” she said. “The vote is ours.”}).
   */
  private static boolean runsToEnd(
      String text, List<QuoteMarks.Span> spans, QuoteMarks.Span q, int e) {
    QuoteMarks.Span previous = null;
    for (QuoteMarks.Span next : spans) {
      if (next.open() < q.open()) {
        continue;
      }
      if (next.open() >= e) {
        break;
      }
      if (previous != null && !QuoteText.isFrame(text, previous, next)) {
        return false;
      }
      previous = next;
    }
    return previous != null
        && (previous.after() >= e
            || Spans.words(text, previous.after(), e) == 0
            || previous.closed() && QuoteText.endsOnHandOver(text, previous));
  }

  private static int skipSpace(String text, int s, int e) {
    int i = s;
    while (i < e && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
