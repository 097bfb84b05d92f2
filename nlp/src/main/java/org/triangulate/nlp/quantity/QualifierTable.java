package org.triangulate.nlp.quantity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.triangulate.model.ValueBound;
import org.triangulate.nlp.internal.Lexicon;

/**
 * The words that qualify a quantity ("about", "more than", "or more"), read from {@code
 * quantity/qualifiers.tsv}, with the bound each one gives.
 *
 * <p>Immutable and thread-safe.
 */
final class QualifierTable {
  private final Map<String, ValueBound> bounds = new HashMap<>();
  private final String before;
  private final String after;

  QualifierTable() {
    List<String[]> rows = Lexicon.table("quantity/qualifiers.tsv");
    for (String[] row : rows) {
      bounds.put(key(row[0]), ValueBound.valueOf(row[2]));
    }
    before = alternation(rows, "before");
    after = alternation(rows, "after");
  }

  /** The qualifiers written before a number, longest first, as a regex alternation. */
  String beforeAlternation() {
    return before;
  }

  /** The qualifiers written after a number, longest first, as a regex alternation. */
  String afterAlternation() {
    return after;
  }

  /** The bound a qualifier gives; the qualifier must come from this table. */
  ValueBound bound(String phrase) {
    ValueBound b = bounds.get(key(phrase));
    if (b == null) {
      throw new IllegalArgumentException("not a quantity qualifier: " + phrase);
    }
    return b;
  }

  private static String alternation(List<String[]> rows, String where) {
    return String.join(
        "|",
        rows.stream()
            .filter(r -> r[1].equals(where))
            .map(r -> r[0])
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
            .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
            .toList());
  }

  private static String key(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }
}
