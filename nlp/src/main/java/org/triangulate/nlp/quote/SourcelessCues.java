package org.triangulate.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attributions that name no source in one {@link Segment}: a view introduced by a verb of
 * seeming or expecting ({@code The weir seems to hold}, {@code The council is expected to vote};
 * the content is the whole clause, subject included), and a question put to someone ({@code Asked
 * whether the weir would hold, Jane Doe said …}, {@code She was asked about the weir}; the content
 * is the question). A sentence that opens with its source as a setting ({@code In a Ledger poll
 * released Monday, …}) is found here too, by {@link SettingSources}.
 *
 * <p>Built per text (the patterns are compiled once); not thread-safe.
 */
final class SourcelessCues {
  private static final int MIN_WORDS = 2;
  private static final Pattern LEADING_CONJUNCTION =
      Pattern.compile("\\s*(?:and|but|or|while)\\s+", Pattern.CASE_INSENSITIVE);

  private static final String OPENERS = QuoteLexicon.alternation("quote/question-openers.txt");
  private static final Pattern RAISING =
      Pattern.compile(
          "\\b(?:" + QuoteLexicon.alternation("quote/raising-cues.txt") + ")\\s+to\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_ASKED =
      Pattern.compile(
          "(?:When\\s+|After\\s+being\\s+|Also\\s+)?asked\\s+(?=(?:" + OPENERS + ")\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PASSIVE_ASKED =
      Pattern.compile(
          "\\b(?:was|were|is|are|been|being)\\s+(?:also\\s+)?asked\\s+(?=(?:" + OPENERS + ")\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final SettingSources SETTINGS = new SettingSources();

  private final String text;
  private final List<QuoteMarks.Span> spans;

  SourcelessCues(String text, List<QuoteMarks.Span> spans) {
    this.text = text;
    this.spans = spans;
  }

  /** The sourceless attributions of {@code seg}, in text order; empty if none. */
  List<Draft> find(Segment seg) {
    List<Draft> out = new ArrayList<>();
    SETTINGS.find(text, seg.start(), seg.end()).ifPresent(out::add);
    Matcher lead = LEADING_ASKED.matcher(text).region(seg.start(), seg.end());
    if (lead.lookingAt()) {
      question(lead.end(), seg.end()).ifPresent(out::add);
    }
    Matcher passive = PASSIVE_ASKED.matcher(text).region(seg.start(), seg.end());
    if (out.isEmpty() && passive.find() && !Spans.inside(spans, passive.start())) {
      question(passive.end(), seg.end()).ifPresent(out::add);
    }
    Matcher r = RAISING.matcher(text).region(seg.start(), seg.end());
    if (out.isEmpty() && r.find() && !Spans.inside(spans, r.start())) {
      int s = clauseStart(seg.start(), r.start());
      int e = clauseEnd(r.end(), seg.end());
      if (Spans.words(text, s, r.start()) >= 1 && Spans.words(text, r.end(), e) >= MIN_WORDS) {
        out.add(draft(s, e));
      }
    }
    return out;
  }

  /** The question opened at {@code from}: up to the first comma outside quotation marks. */
  private Optional<Draft> question(int from, int end) {
    int e = clauseEnd(from, end);
    return Spans.words(text, from, e) >= MIN_WORDS ? Optional.of(draft(from, e)) : Optional.empty();
  }

  private Draft draft(int s, int e) {
    int end = e;
    while (end > s && ".,;: ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    boolean direct = false;
    for (int i = s; i < end && !direct; i++) {
      char c = text.charAt(i);
      direct = c == '“' || c == '”' || c == '"';
    }
    return new Draft(s, end, direct, Optional.empty(), Optional.empty());
  }

  /**
   * After the last comma, semicolon or dash before {@code to} outside quotes, else {@code from};
   * past a conjunction that opens the clause ("…, and the council is expected to vote").
   */
  private int clauseStart(int from, int to) {
    int start = from;
    for (int i = to - 1; i > from; i--) {
      char c = text.charAt(i);
      if ((c == ',' || c == ';' || c == '—' || c == '―') && !Spans.inside(spans, i)) {
        start = i + 1;
        break;
      }
    }
    Matcher conj = LEADING_CONJUNCTION.matcher(text).region(start, to);
    return conj.lookingAt() ? conj.end() : start;
  }

  /** The first comma, semicolon or dash after {@code from} outside quotes, else {@code to}. */
  private int clauseEnd(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c == ',' || c == ';' || c == '—' || c == '―') && !Spans.inside(spans, i)) {
        return i;
      }
    }
    return to;
  }
}
