package org.triangulate.nlp.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The values of number words: "three", "twenty-five", "a dozen".
 *
 * <p>Immutable and thread-safe. Words are read from {@code number-words.tsv}.
 */
public final class NumberWords {
  private static final Pattern COMPOUND = Pattern.compile("[-\\s]+");

  private final Map<String, Double> values;

  /** The bundled number words. */
  public NumberWords() {
    Map<String, Double> map = new HashMap<>();
    for (String[] row : Lexicon.table("number-words.tsv")) {
      map.put(row[0], Double.parseDouble(row[1]));
    }
    values = Map.copyOf(map);
  }

  /** The words (not the fraction signs), longest first, as a regex alternation. */
  public String alternation() {
    List<String> words =
        values.keySet().stream()
            .filter(w -> Character.isLetter(w.charAt(0)))
            .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
            .map(w -> w.replace(" ", "\\s+"))
            .toList();
    return String.join("|", words);
  }

  /**
   * The value of {@code word} ("twenty-five" is 25, "two dozen" 24, "three hundred" 300), or empty
   * when it is not a number word.
   */
  public Optional<Double> value(String word) {
    String w = word.toLowerCase(Locale.ROOT).strip();
    Double whole = values.get(COMPOUND.matcher(w).replaceAll(" "));
    if (whole != null) {
      return Optional.of(whole);
    }
    double sum = 0;
    for (String part : COMPOUND.split(w)) {
      Double v = values.get(part);
      if (v == null) {
        return Optional.empty();
      }
      boolean multiplier = part.equals("hundred") || part.equals("dozen");
      sum = multiplier ? Math.max(sum, 1) * v : sum + v;
    }
    return Optional.of(sum);
  }
}
