package org.triangulate.nlp.quote;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Speaker;
import org.triangulate.nlp.internal.Lexicon;

/**
 * Finds a stance or expectation that no named source holds ("the plan seems to work", "the vote is
 * expected to pass"): the whole sentence is its content and it has no speaker.
 *
 * <p>Immutable and thread-safe; build once and share.
 */
final class SourcelessStances {
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’]+)\\s*$");
  private final Pattern cues;
  private final Set<String> blockers = Lexicon.lowerSet("quote/sourceless-blockers.txt");

  SourcelessStances() {
    cues =
        Pattern.compile(
            "\\b(?:" + QuoteLexicon.alternation("quote/sourceless-cues.txt") + ")\\b",
            Pattern.CASE_INSENSITIVE);
  }

  /** The sourceless stance of one unquoted segment, if its sentence holds such a cue. */
  Optional<Draft> find(String text, Segment seg) {
    if (seg.quoted()) {
      return Optional.empty();
    }
    Matcher m = cues.matcher(text).region(seg.start(), seg.end());
    if (!m.find() || m.start() == seg.start()) {
      return Optional.empty();
    }
    Matcher w =
        WORD_BEFORE.matcher(text.substring(Math.max(seg.start(), m.start() - 30), m.start()));
    if (w.find()) {
      String word = w.group(1).toLowerCase(Locale.ROOT);
      if (blockers.contains(word) || word.endsWith("n't") || word.endsWith("n’t")) {
        return Optional.empty();
      }
    }
    int s = seg.start();
    int e = seg.end();
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    if (Spans.words(text, s, e) < 4) {
      return Optional.empty();
    }
    String cue = m.group().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return Optional.of(new Draft(s, e, false, Optional.of(cue), Optional.<Speaker>empty()));
  }
}
