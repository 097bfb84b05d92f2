package org.triangulate.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.nlp.internal.Lexicon;

/**
 * Ends the content of an evaluative cue with its quoted fragment: a cue that judges or names
 * something ({@code called the plan “a dead end” and left}, {@code praised the council for its
 * “quiet courage” during a radio interview}) governs its object and the first quotation after it,
 * with any quotations joined to that one by "and" or "or" ({@code called it “late” and “costly”});
 * the reporter's words after them, opened by a word of {@code evaluative-breaks.txt} and at least
 * {@value #MIN_REST_WORDS} words long, are cut off. When they are a second verb of the same source
 * ({@code called the plan “a dead end” and accused the mayor of “stalling”}), that verb's object
 * becomes an attribution of its own.
 *
 * <p>A naming cue after an indefinite noun ({@code a film called “Harbour Lights”}) attributes
 * nothing and is dropped. Contents that hold no quotation, whose first quotation is followed by
 * other words ("called it a “dead end” for the town"), or that open with a particle of another verb
 * ("called on the council to …", "called for …") are left alone. Immutable and thread-safe.
 */
final class EvaluativeFrames {
  private static final int MIN_REST_WORDS = 3;
  private static final Pattern JOINED =
      Pattern.compile("\\s*,?\\s*(?:and|or)\\s+(?:[\\p{L}’']+\\s+){0,2}", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTICLE =
      Pattern.compile("\\s*(?:on|upon|for|out)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SECOND_VERB =
      Pattern.compile(
          "\\s*,?\\s*(?:and|but)\\s+(?:also\\s+|then\\s+|later\\s+)?(?:has\\s+|have\\s+|had\\s+)?"
              + "(?<verb>\\p{L}+(?:ed|ing))\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern INDEFINITE = Pattern.compile("(?i:an?)\\s.*");

  private final Set<String> cues = Lexicon.lowerSet("quote/evaluative-cues.txt");
  private final Set<String> naming = Lexicon.lowerSet("quote/naming-cues.txt");
  private final Pattern breaks =
      Pattern.compile(
          "\\s*,?\\s*(?:" + QuoteLexicon.alternation("quote/evaluative-breaks.txt") + ")\\b",
          Pattern.CASE_INSENSITIVE);

  /** {@code drafts} with each evaluative content cut after its quoted fragment, in text order. */
  List<Draft> split(String text, List<QuoteMarks.Span> spans, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      if (names(text, d)) {
        continue;
      }
      int close = fragmentEnd(text, spans, d);
      if (close < 0) {
        out.add(d);
        continue;
      }
      out.add(new Draft(d.start(), close, true, d.cue(), d.speaker()));
      Matcher v = SECOND_VERB.matcher(text).region(close, d.end());
      if (v.lookingAt() && Spans.words(text, v.end(), d.end()) >= MIN_REST_WORDS) {
        int s = v.end();
        while (s < d.end() && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        String verb = v.group("verb").toLowerCase(Locale.ROOT);
        out.add(
            new Draft(
                s, d.end(), Spans.marks(text, s, d.end()) > 0, Optional.of(verb), d.speaker()));
      }
    }
    return out;
  }

  /**
   * Whether {@code d} only names a thing: a naming cue after an indefinite noun and right before a
   * quotation ({@code a film called “Harbour Lights”}).
   */
  private boolean names(String text, Draft d) {
    char first = text.charAt(d.start());
    return d.direct()
        && (first == '“' || first == '"')
        && d.cue().filter(c -> naming.contains(c.toLowerCase(Locale.ROOT))).isPresent()
        && d.speaker().filter(sp -> INDEFINITE.matcher(sp.text()).matches()).isPresent();
  }

  /**
   * Where {@code d}'s quoted fragment ends when its cue is evaluative and the reporter's words
   * follow it; -1 when {@code d} stays whole.
   */
  private int fragmentEnd(String text, List<QuoteMarks.Span> spans, Draft d) {
    if (!d.direct()
        || d.cue().filter(c -> cues.contains(c.toLowerCase(Locale.ROOT))).isEmpty()
        || PARTICLE.matcher(text).region(d.start(), d.end()).lookingAt()) {
      return -1;
    }
    int i = first(spans, d.start(), d.end());
    if (i < 0 || !spans.get(i).closed()) {
      return -1;
    }
    int close = spans.get(i).after();
    Matcher joined = JOINED.matcher(text);
    while (i + 1 < spans.size()
        && spans.get(i + 1).closed()
        && spans.get(i + 1).after() <= d.end()
        && joined.region(close, spans.get(i + 1).open()).matches()) {
      i++;
      close = spans.get(i).after();
    }
    if (close >= d.end()) {
      return -1;
    }
    Matcher b = breaks.matcher(text).region(close, d.end());
    return b.lookingAt() && Spans.words(text, b.end(), d.end()) >= MIN_REST_WORDS ? close : -1;
  }

  /** The index of the first quotation opened in {@code [from, to)}, or -1. */
  private static int first(List<QuoteMarks.Span> spans, int from, int to) {
    for (int i = 0; i < spans.size(); i++) {
      int open = spans.get(i).open();
      if (open >= to) {
        return -1;
      }
      if (open >= from) {
        return i;
      }
    }
    return -1;
  }
}
