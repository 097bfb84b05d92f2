package org.triangulate.nlp.quote;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Speaker;

/**
 * Finds the attribution of a segment that opens with its source as a setting: {@code In a Ledger
 * poll released Monday, half the voters backed the weir} attributes the clause after the comma to
 * the poll. The nouns that can be such a source are listed in {@code setting-sources.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class SettingSources {
  private static final int MIN_WORDS = 3;

  private final Pattern opening =
      Pattern.compile(
          "\\s*(?<cue>In)\\s+(?<source>(?i:an?|the|this|that|its|their|his|her|one)\\s+"
              + "[^,;.“”\"\\n]{0,100}?\\b(?i:"
              + QuoteLexicon.alternation("quote/setting-sources.txt")
              + ")\\b[^,;“”\"\\n]{0,80}?),\\s+");

  /** The attribution of the segment {@code [start, end)} when it opens with a setting source. */
  Optional<Draft> find(String text, int start, int end) {
    Matcher m = opening.matcher(text).region(start, end);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int e = end;
    while (e > m.end() && ".;: \n".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    if (Spans.words(text, m.end(), e) < MIN_WORDS) {
      return Optional.empty();
    }
    Speaker source =
        new Speaker(m.group("source"), m.start("source"), m.end("source"), Optional.empty());
    boolean direct = text.substring(m.end(), e).matches("(?s).*[“”\"].*");
    return Optional.of(new Draft(m.end(), e, direct, Optional.of("in"), Optional.of(source)));
  }
}
