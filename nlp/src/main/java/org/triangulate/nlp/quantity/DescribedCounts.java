package org.triangulate.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Measure;
import org.triangulate.model.Quantity;
import org.triangulate.model.ValueBound;
import org.triangulate.nlp.internal.Lexicon;
import org.triangulate.nlp.internal.NumberWords;

/**
 * Counts of people whose noun is described by one or two words between the number and the noun: "26
 * Somali crew", "10,500 union members", "5.8 million TV viewers", "about 200 riot police".
 *
 * <p>The words between must not be function words ({@code quantity/count-gap-stops.txt}: "of",
 * "were", "the", ...), so "12 of the workers" and "three were workers" stay out; a year before them
 * ("the 2012 Republican voters") is a date, not a count.
 *
 * <p>Immutable and thread-safe.
 */
final class DescribedCounts {
  private final Set<String> stops = Lexicon.lowerSet("quantity/count-gap-stops.txt");
  private final NumberWords numbers;
  private final QualifierTable qualifiers;
  private final Pattern count;

  DescribedCounts(UnitTable units, QualifierTable qualifiers, NumberWords numbers) {
    this.numbers = numbers;
    this.qualifiers = qualifiers;
    String words = "(?:" + numbers.alternation() + ")";
    count =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}.,\\-])(?:(?<qual>"
                + qualifiers.beforeAlternation()
                + ")\\s+)?(?:(?<digits>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)|(?<words>\\b"
                + words
                + "(?:[- ]"
                + words
                + ")*\\b))(?:[ \\u00a0](?<scale>thousand|million|billion)\\b)?"
                + "(?<gap>(?:\\s+\\p{L}[\\p{L}'’-]*){1,2}?)\\s+(?<noun>"
                + units.suffixAlternation("people")
                + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Every described count of people in {@code text}, in text order. */
  List<Quantity> find(String text) {
    List<Quantity> found = new ArrayList<>();
    Matcher m = count.matcher(text);
    while (m.find()) {
      toQuantity(m).ifPresent(found::add);
    }
    return found;
  }

  private Optional<Quantity> toQuantity(Matcher m) {
    String digits = m.group("digits");
    if (digits != null
        && m.group("scale") == null
        && RuleQuantityExtractor.YEAR.matcher(digits).matches()) {
      return Optional.empty();
    }
    for (String word : m.group("gap").strip().split("\\s+")) {
      if (stops.contains(word.toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
    }
    Optional<Double> value =
        digits != null
            ? Optional.of(Double.parseDouble(digits.replace(",", "")))
            : numbers.value(m.group("words"));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String scale = m.group("scale");
    double amount =
        value.get()
            * (scale == null
                ? 1
                : RuleQuantityExtractor.SCALES.get(scale.toLowerCase(Locale.ROOT)));
    ValueBound bound =
        m.group("qual") == null ? ValueBound.EXACT : qualifiers.bound(m.group("qual"));
    return Optional.of(
        new Quantity(
            m.group(),
            m.start(),
            m.end(),
            amount,
            "person",
            Optional.of(new Measure(amount, "people")),
            bound,
            Optional.empty(),
            Optional.empty()));
  }
}
