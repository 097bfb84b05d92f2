package org.triangulate.nlp.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Measure;
import org.triangulate.model.Quantity;
import org.triangulate.nlp.internal.Lexicon;
import org.triangulate.nlp.internal.NumberWords;

/**
 * A quantity extractor driven by patterns and a unit table: numbers in digits ("1,200", "2.5",
 * "2½") or words ("three", "twenty-five"), an optional scale ("million", "bn", "m" after a
 * currency), and a unit before ("€", "$") or after ("km", "miles", "per cent", "people", "dead").
 * Fraction words before "of" ("three-quarters of") are shares in percent.
 *
 * <p>A number with no unit (a year, a bare count) is not a quantity. Each quantity's {@code unit}
 * is the unit's singular name and {@code normalized} its value in the canonical unit of {@code
 * quantity/units.tsv} (km, m, kg, km2, EUR, USD, GBP, people, %). "5m" without a currency reads as
 * five metres.
 *
 * <p>Immutable and thread-safe; build once and share. Linear in the text.
 */
public final class RuleQuantityExtractor implements QuantityExtractor {
  private static final String SPACE = "[ \\u00a0\\u202f]?";
  private static final String NUM_DIGITS =
      "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?[½¼¾⅓⅔]?|[½¼¾⅓⅔]";
  private static final Map<String, Double> SCALES =
      Map.of(
          "thousand",
          1e3,
          "million",
          1e6,
          "billion",
          1e9,
          "trillion",
          1e12,
          "bn",
          1e9,
          "mn",
          1e6,
          "m",
          1e6,
          "k",
          1e3);

  private final UnitTable units = new UnitTable();
  private final NumberWords numbers = new NumberWords();
  private final Map<String, Double> fractions = new HashMap<>();
  private final Pattern quantity;
  private final Pattern fraction;

  /** An extractor with the bundled unit table and number words. */
  public RuleQuantityExtractor() {
    for (String[] row : Lexicon.table("quantity/fractions.tsv")) {
      fractions.put(row[0], Double.parseDouble(row[1]));
    }
    String words = "(?:" + numbers.alternation() + ")";
    quantity =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}.,\\-])(?:(?<pre>"
                + units.prefixAlternation()
                + ")"
                + SPACE
                + ")?(?:(?<digits>"
                + NUM_DIGITS
                + ")|(?<words>\\b"
                + words
                + "(?:[- ]"
                + words
                + ")*\\b))(?:"
                + SPACE
                + "(?<scale>thousand|million|billion|trillion)\\b|(?<abbr>bn|mn|m|k)\\b)?"
                + "(?:(?:"
                + SPACE
                + "-"
                + SPACE
                + "|"
                + SPACE
                + ")(?<unit>"
                + units.suffixAlternation()
                + ")(?![\\p{L}\\p{N}]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    fraction =
        Pattern.compile(
            "(?i)\\b(?<fraction>"
                + String.join("|", fractions.keySet().stream().sorted().toList().reversed())
                + ")(?=\\s+of\\b)");
  }

  @Override
  public List<Quantity> extract(String text) {
    List<Quantity> found = new ArrayList<>();
    Matcher f = fraction.matcher(text);
    while (f.find()) {
      double share = fractions.get(f.group("fraction").toLowerCase(Locale.ROOT));
      found.add(
          new Quantity(
              f.group(),
              f.start(),
              f.end(),
              share / 100,
              "fraction",
              Optional.of(new Measure(share, "%"))));
    }
    Matcher m = quantity.matcher(text);
    while (m.find()) {
      if (m.end() > m.start()) {
        toQuantity(m).ifPresent(found::add);
      }
    }
    found.sort(Comparator.comparingInt(Quantity::start).thenComparingInt(Quantity::end));
    List<Quantity> out = new ArrayList<>();
    int covered = 0;
    for (Quantity q : found) {
      if (q.start() >= covered) {
        out.add(q);
        covered = q.end();
      }
    }
    return List.copyOf(out);
  }

  private Optional<Quantity> toQuantity(Matcher m) {
    String pre = m.group("pre");
    String post = m.group("unit");
    String abbr = m.group("abbr");
    Optional<UnitTable.Unit> unit = units.unit(pre != null ? pre : post != null ? post : "");
    boolean currency = unit.isPresent() && isCurrency(unit.get().canonical());
    int end = m.end();
    if (abbr != null && !currency && post == null && abbr.equalsIgnoreCase("m")) {
      unit = units.unit("m");
      abbr = null;
    }
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    Optional<Double> value = number(m);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    double amount = value.get();
    String scale = m.group("scale") != null ? m.group("scale") : abbr;
    if (scale != null) {
      amount *= SCALES.get(scale.toLowerCase(Locale.ROOT));
    }
    UnitTable.Unit u = unit.get();
    Measure normalized = new Measure(amount * u.factor(), u.canonical());
    return Optional.of(
        new Quantity(m.group(), m.start(), end, amount, u.name(), Optional.of(normalized)));
  }

  private Optional<Double> number(Matcher m) {
    String digits = m.group("digits");
    if (digits == null) {
      return numbers.value(m.group("words"));
    }
    double fractionPart = 0;
    char last = digits.charAt(digits.length() - 1);
    if (!Character.isDigit(last)) {
      fractionPart = numbers.value(String.valueOf(last)).orElse(0.0);
      digits = digits.substring(0, digits.length() - 1);
    }
    double whole = digits.isEmpty() ? 0 : Double.parseDouble(digits.replace(",", ""));
    return Optional.of(whole + fractionPart);
  }

  private static boolean isCurrency(String canonical) {
    return canonical.equals("USD") || canonical.equals("EUR") || canonical.equals("GBP");
  }
}
