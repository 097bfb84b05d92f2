package org.triangulate.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue words of one text, found in one scan and looked up by stretch: the long cue alternation
 * is matched once per text rather than once per sentence and rule.
 *
 * <p>Immutable after construction; built per text, not shared.
 */
final class CueHits {
  /** One cue found: its span and its lower-case form with single spaces. */
  record Hit(int start, int end, String cue) {}

  private final List<Hit> hits = new ArrayList<>();

  CueHits(String text, Pattern cues) {
    Matcher m = cues.matcher(text);
    while (m.find()) {
      String c = m.group("cue").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      hits.add(new Hit(m.start("cue"), m.end("cue"), c));
    }
  }

  /** The cues that start in {@code [from, to)} and end by {@code to}, in text order. */
  List<Hit> in(int from, int to) {
    int lo = 0;
    int hi = hits.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (hits.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Hit> out = new ArrayList<>();
    for (int i = lo; i < hits.size() && hits.get(i).start() < to; i++) {
      if (hits.get(i).end() <= to) {
        out.add(hits.get(i));
      }
    }
    return out;
  }
}
