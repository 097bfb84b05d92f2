package org.triangulate.corroborate;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Quantity;

/**
 * Mends a quantity read as only the half of "four and a half tonnes" or "two and a half million
 * pounds": the whole part written before it, in digits or as a word up to twenty, is added in the
 * quantity's own unit, so that "about four and a half tonnes" and "4.5 tonnes" agree.
 *
 * <p>Stateless and safe to share across threads.
 */
final class HalfAmounts {
  private static final Pattern WHOLE_PART =
      Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(\\d+|[a-z]+)\\s+and\\s+$");
  private static final Pattern HALF = Pattern.compile("(?i)^(?:a\\s+)?half\\b");
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20));

  private HalfAmounts() {}

  /**
   * The compared value of {@code q} with the whole part that {@code text} writes before it, when
   * {@code q} is a half ("a half tonnes") right after "N and"; empty otherwise.
   */
  static Optional<Double> withWholePart(String text, Quantity q) {
    if (q.amount() != 0.5 || !HALF.matcher(q.text()).find() || q.start() > text.length()) {
      return Optional.empty();
    }
    Matcher m = WHOLE_PART.matcher(text.substring(Math.max(0, q.start() - 24), q.start()));
    if (!m.find()) {
      return Optional.empty();
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    Integer whole = Character.isDigit(word.charAt(0)) ? Integer.valueOf(word) : WORDS.get(word);
    if (whole == null) {
      return Optional.empty();
    }
    double perUnit = q.normalized().map(n -> n.amount()).orElse(q.amount()) / q.amount();
    return Optional.of((whole + 0.5) * perUnit);
  }
}
