package org.triangulate.ingest.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.ingest.internal.ResourceLines;

/**
 * Guesses a text's language from its share of frequent function words ({@code stopwords.txt}).
 * Falls back to English when no language stands out. Immutable and thread-safe.
 */
public final class LanguageGuesser {
  /** The language returned when the text gives no evidence. */
  public static final String DEFAULT = "en";

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MAX_WORDS = 2000;
  private static final int MIN_HITS = 3;

  /** Language code to its words; sorted so ties resolve the same way every run. */
  private final Map<String, Set<String>> stopwords = new TreeMap<>();

  /** Loads the built-in stopword lists. */
  public LanguageGuesser() {
    for (String line : ResourceLines.read(LanguageGuesser.class, "stopwords.txt")) {
      int colon = line.indexOf(':');
      if (colon < 1) {
        throw new IllegalStateException("bad line in stopwords.txt: " + line);
      }
      stopwords.put(
          line.substring(0, colon).strip(),
          Set.copyOf(List.of(line.substring(colon + 1).strip().split("\\s+"))));
    }
  }

  /** The ISO 639-1 code of the language {@code text} is most likely in. */
  public String guess(String text) {
    Map<String, Integer> hits = new HashMap<>();
    Matcher words = WORD.matcher(text);
    for (int n = 0; n < MAX_WORDS && words.find(); n++) {
      String word = words.group().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> language : stopwords.entrySet()) {
        if (language.getValue().contains(word)) {
          hits.merge(language.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = DEFAULT;
    int bestHits = MIN_HITS - 1;
    for (String language : stopwords.keySet()) {
      int count = hits.getOrDefault(language, 0);
      if (count > bestHits) {
        best = language;
        bestHits = count;
      }
    }
    return best;
  }
}
