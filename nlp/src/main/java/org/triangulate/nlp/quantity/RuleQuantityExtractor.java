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
import org.triangulate.model.ValueBound;
import org.triangulate.nlp.internal.Lexicon;
import org.triangulate.nlp.internal.NumberWords;

/**
 * A quantity extractor driven by patterns and a unit table: numbers in digits ("1,200", "2.5",
 * "2½") or words ("three", "twenty-five"), an optional scale ("million", "bn", "m" after a
 * currency), and a unit before ("€", "$") or after ("km", "miles", "per cent", "people", "dead").
 * Fraction words before "of" ("a third of"), and hyphenated ones anywhere ("three-quarters"), are
 * shares in percent. Qualifying words are part of a quantity's text and read into its {@code
 * bound}: bounds and approximations ("more than 3,000", "about 30", "500 or more", "up to 40"),
 * ranges ("between 20 and 30", "20 to 30", "20-30"; the amount is the lower end), and a value given
 * twice in two units.
 *
 * <p>Durations ("35 years", "a 14-week strike", but not ages: "the 36-year-old"), speeds ("120
 * miles an hour"), counts of people described by a word or two ({@link DescribedCounts}: "26 Somali
 * crew") and groups split into kinds of people ({@link CoordinatedCounts}: "two women and a man")
 * are quantities too.
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

  /** Scale words and abbreviations ("million", "bn", "MM") and their factors, lower case. */
  static final Map<String, Double> SCALES =
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
          1e3,
          "mm",
          1e6);

  private static final String NUM_SIGNS = "½¼¾⅓⅔";
  private static final Pattern AGE = Pattern.compile("[- ]olds?\\b");

  /** A number that reads as a year of the last two centuries ("1998", "2016"). */
  static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

  private final UnitTable units = new UnitTable();
  private final QualifierTable qualifiers = new QualifierTable();
  private final NumberWords numbers = new NumberWords();
  private final Map<String, Double> fractions = new HashMap<>();
  private final DescribedCounts describedCounts = new DescribedCounts(units, qualifiers, numbers);
  private final CoordinatedCounts coordinatedCounts = new CoordinatedCounts();
  private final Pattern quantity;
  private final Pattern fraction;

  /** An extractor with the bundled unit table and number words. */
  public RuleQuantityExtractor() {
    for (String[] row : Lexicon.table("quantity/fractions.tsv")) {
      fractions.put(row[0], Double.parseDouble(row[1]));
    }
    String words = "(?:" + numbers.alternation() + ")";
    String number = "(?:" + NUM_DIGITS + "|\\b" + words + "(?:[- ]" + words + ")*\\b)";
    String scaleWord = "(?:thousand|million|billion|trillion|bn|mn|m|k)\\b";
    quantity =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}.,\\-])"
                + "(?:(?<qual>"
                + qualifiers.beforeAlternation()
                + ")\\s+)?"
                + "(?:(?<between>between\\s+)?(?<lowpre>"
                + units.prefixAlternation()
                + ")?"
                + SPACE
                + "(?<low>"
                + number
                + ")(?:"
                + SPACE
                + "(?<lowscale>"
                + scaleWord
                + "))?(?<joint>(?<=\\d)\\s*[-–]|\\s+to\\b|\\s+and\\b)\\s*)?"
                + "(?:(?<pre>"
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
                + "(?:[ \\u00a0\\u202f]|-)?"
                + "(?<scale>thousand|million|billion|trillion)\\b|(?<abbr>bn|mn|mm|m|k)\\b)?"
                + "(?:\\s+(?<midtail>"
                + qualifiers.afterAlternation()
                + ")\\b)?"
                + "(?:(?:"
                + SPACE
                + "-"
                + SPACE
                + "|"
                + SPACE
                + ")(?<unit>"
                + units.suffixAlternation()
                + ")(?![\\p{L}\\p{N}]))?"
                + "(?:\\s+(?<tail>"
                + qualifiers.afterAlternation()
                + ")\\b)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    fraction =
        Pattern.compile(
            "(?i)\\b(?<fraction>"
                + String.join("|", fractions.keySet().stream().sorted().toList().reversed())
                + ")(?:(?=\\s+of\\b)|(?<=-\\p{L}{1,12})(?![\\p{L}-]))");
  }

  /**
   * {@inheritDoc}
   *
   * <p>A quantity's text covers its qualifying words, read into its {@code bound} and, for a range,
   * {@code upper}. A value given twice in two units ("65 kilometers (40 miles)") stays two
   * quantities, each naming the other's measure in {@code alsoGivenAs}.
   */
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
        toQuantity(m, text).ifPresent(found::add);
      }
    }
    found.addAll(describedCounts.find(text));
    found.sort(Comparator.comparingInt(Quantity::start).thenComparingInt(Quantity::end));
    List<Quantity> out = new ArrayList<>();
    int covered = 0;
    for (Quantity q : found) {
      if (q.start() >= covered) {
        out.add(q);
        covered = q.end();
      }
    }
    return GivenTwice.link(text, coordinatedCounts.sum(text, out));
  }

  private Optional<Quantity> toQuantity(Matcher m, String text) {
    String pre = m.group("pre") != null ? m.group("pre") : m.group("lowpre");
    String post = m.group("unit");
    String abbr = m.group("abbr");
    Optional<UnitTable.Unit> unit = units.unit(pre != null ? pre : post != null ? post : "");
    boolean currency = unit.isPresent() && isCurrency(unit.get().canonical());
    int end = m.end();
    if (abbr != null && !currency && post == null && abbr.equalsIgnoreCase("m")) {
      unit = units.unit("m");
      abbr = null;
    }
    if (unit.isEmpty()
        || (abbr != null && !currency && abbr.equalsIgnoreCase("mm"))
        || isAge(text, m.end(), unit.get())
        || isConstantMoneyYear(text, m, unit.get())) {
      return Optional.empty();
    }
    Optional<Double> value = number(m.group("digits"), m.group("words"));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    double amount = value.get();
    String scale = m.group("scale") != null ? m.group("scale") : abbr;
    double factor = scale == null ? 1 : SCALES.get(scale.toLowerCase(Locale.ROOT));
    amount *= factor;
    UnitTable.Unit u = unit.get();
    int start = m.start();
    ValueBound bound = bound(m);
    Optional<Double> upper = Optional.empty();
    Optional<Double> low = rangeLow(m, factor);
    if (low.isPresent() && low.get() < amount) {
      bound = ValueBound.RANGE;
      upper = Optional.of(amount);
      amount = low.get();
    } else if (m.group("low") != null) {
      start =
          m.start("pre") >= 0
              ? m.start("pre")
              : m.start(m.group("digits") != null ? "digits" : "words");
      bound = ValueBound.EXACT;
    }
    Measure normalized = new Measure(amount * u.factor(), u.canonical());
    return Optional.of(
        new Quantity(
            m.group().substring(start - m.start()),
            start,
            end,
            amount,
            u.name(),
            Optional.of(normalized),
            bound,
            upper,
            Optional.empty()));
  }

  /** "a 36-year-old", "36 years old", "the 18-year-olds": an age, not a duration. */
  private static boolean isAge(String text, int end, UnitTable.Unit unit) {
    return unit.canonical().equals("h") && AGE.matcher(text).region(end, text.length()).lookingAt();
  }

  /** "in 2006 dollars": a year naming the value of money, not an amount. */
  private static boolean isConstantMoneyYear(String text, Matcher m, UnitTable.Unit unit) {
    String digits = m.group("digits");
    return isCurrency(unit.canonical())
        && m.group("unit") != null
        && m.group("scale") == null
        && m.group("abbr") == null
        && digits != null
        && YEAR.matcher(digits).matches()
        && text.regionMatches(true, Math.max(0, m.start() - 3), "in ", 0, 3);
  }

  private ValueBound bound(Matcher m) {
    String word =
        m.group("qual") != null
            ? m.group("qual")
            : m.group("midtail") != null ? m.group("midtail") : m.group("tail");
    return word == null ? ValueBound.EXACT : qualifiers.bound(word);
  }

  /** The lower end of a range ("20 to 30", "between 20 and 30"), scaled like the upper one. */
  private Optional<Double> rangeLow(Matcher m, double upperScale) {
    String low = m.group("low");
    if (low == null
        || (m.group("joint").strip().equalsIgnoreCase("and") && m.group("between") == null)) {
      return Optional.empty();
    }
    boolean digits = Character.isDigit(low.charAt(0)) || NUM_SIGNS.indexOf(low.charAt(0)) >= 0;
    Optional<Double> value = number(digits ? low : null, digits ? null : low);
    String lowScale = m.group("lowscale");
    double factor = lowScale == null ? upperScale : SCALES.get(lowScale.toLowerCase(Locale.ROOT));
    return value.map(v -> v * factor);
  }

  private Optional<Double> number(String digitsOrNull, String words) {
    String digits = digitsOrNull;
    if (digits == null) {
      return numbers.value(words);
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
