package org.triangulate.nlp.quote;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the content of a telling cue starts when no "that" marks it: after the object ({@code
 * told reporters he would run}, {@code told The Daily Ledger last week the plan was dead}, {@code
 * told Radio Harlow’s “Morning Desk” on Monday she …}) and an optional time or interview phrase, at
 * a word that can open a clause ({@code clause-openers.txt}), or after a pronoun or plain noun
 * object also a capitalised word ({@code told reporters Doe would run}).
 *
 * <p>The object is one word of {@code object-words.txt} or a run of capitalised words (with "of",
 * "and", "for" between them, a possessive and a quoted title after them), perhaps after "the".
 * Immutable and thread-safe.
 */
final class ObjectClauses {
  private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\d.&’'-]*";
  private static final String ADJUNCT =
      "(?:\\s+(?i:(?:on|last|this|earlier)\\s+\\p{L}+|in\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}interview))?,?";

  private final Pattern object;

  /** A finder with the bundled object words and clause openers. */
  ObjectClauses() {
    String words = QuoteLexicon.alternation("quote/object-words.txt");
    String openers = QuoteLexicon.alternation("quote/clause-openers.txt");
    String name =
        "(?i:the\\s+)?"
            + CAPITALISED
            + "(?:\\s+(?:(?:of|and|for|the)\\s+)?"
            + CAPITALISED
            + ")*(?:\\s+[“\"][^”\"\\n]{1,60}[”\"])?";
    String opener = "\\s+(?=(?i:" + openers + ")\\b";
    object =
        Pattern.compile(
            "\\s+(?:(?i:"
                + words
                + ")"
                + ADJUNCT
                + opener
                + "|\\p{Lu})|"
                + name
                + ADJUNCT
                + opener
                + "))");
  }

  /** Where the clause after the object of the cue ending at {@code cueEnd} starts, if found. */
  OptionalInt clauseStart(String text, int cueEnd, int end) {
    Matcher m = object.matcher(text).region(cueEnd, end);
    return m.lookingAt() ? OptionalInt.of(m.end()) : OptionalInt.empty();
  }
}
