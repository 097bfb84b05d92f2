package org.triangulate.nlp.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the reporter's own words off the end of a partly quoted content: an aside set off by a dash
 * after the last quotation ({@code he was “encouraged” by the vote — a boost for the mayor}), the
 * reporter's next clause, a conjunction and a verb form ({@code called the plan “a dead end” and
 * accused the mayor of …}), or a participle clause right after a quotation closed by a comma
 * ({@code called the levy “a toll,” referring to the new bridge}).
 *
 * <p>Only the unquoted words after the last closing mark are looked at, so quoted words are never
 * dropped; contents with no quotation are left alone, as reported speech often runs on through such
 * clauses. Immutable and thread-safe.
 */
final class QuotedTails {
  private final Pattern breaks;
  private final Pattern participleClause;

  /** A cutter of dashed asides and trailing clauses, with the bundled word lists. */
  QuotedTails() {
    String conjunctions = QuoteLexicon.alternation("quote/tail-conjunctions.txt");
    String adverbs = QuoteLexicon.alternation("quote/tail-adverbs.txt");
    breaks =
        Pattern.compile(
            "\\s*(?:—|―|–|--|\\s-\\s)|,?\\s+(?:"
                + conjunctions
                + ")\\s+(?=(?:(?:"
                + adverbs
                + ")\\s+)?\\p{L}+(?:ed|ing)\\b)",
            Pattern.CASE_INSENSITIVE);
    participleClause =
        Pattern.compile(
            "\\s+(?!(?:"
                + QuoteLexicon.alternation("quote/tail-not-participles.txt")
                + ")\\b)\\p{L}+ing\\b",
            Pattern.CASE_INSENSITIVE);
  }

  /** Whether a content starting at {@code start} opens with a quotation mark. */
  static boolean opensQuoted(String text, int start) {
    char c = start < text.length() ? text.charAt(start) : ' ';
    return c == '“' || c == '"' || c == '„' || c == '«';
  }

  /**
   * {@code d} ending before a dash or a trailing clause after its last quotation, else {@code d}.
   */
  Draft trim(String text, Draft d) {
    if (!d.direct()) {
      return d;
    }
    int close = -1;
    for (int i = d.end() - 1; i >= d.start() && close < 0; i--) {
      char c = text.charAt(i);
      if (c == '”' || c == '"' || c == '»') {
        close = i + 1;
      }
    }
    if (close < 0 || close >= d.end()) {
      return d;
    }
    if (close >= 2
        && text.charAt(close - 2) == ','
        && participleClause.matcher(text).region(close, d.end()).lookingAt()) {
      return new Draft(d.start(), close, true, d.cue(), d.speaker());
    }
    Matcher m = breaks.matcher(text).region(close, d.end());
    return m.find() ? new Draft(d.start(), m.start(), true, d.cue(), d.speaker()) : d;
  }
}
