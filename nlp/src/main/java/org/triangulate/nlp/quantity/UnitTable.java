package org.triangulate.nlp.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triangulate.nlp.internal.Lexicon;

/**
 * The units of measure a quantity may carry, read from {@code quantity/units.tsv}: the forms as
 * written, the unit's singular name, its canonical unit and the conversion factor.
 *
 * <p>Immutable and thread-safe.
 */
final class UnitTable {
  /** One unit form: "miles" is the unit "mile", 1.609344 km. */
  record Unit(String form, String name, String canonical, double factor, boolean before) {}

  private final Map<String, Unit> byForm = new HashMap<>();
  private final List<String> prefixForms = new ArrayList<>();
  private final List<String> suffixForms = new ArrayList<>();

  UnitTable() {
    for (String[] row : Lexicon.table("quantity/units.tsv")) {
      if (row.length != 5) {
        throw new IllegalStateException("units.tsv: expected 5 fields: " + String.join("|", row));
      }
      String place = row[4];
      Unit unit =
          new Unit(row[0], row[1], row[2], Double.parseDouble(row[3]), !place.equals("after"));
      byForm.put(key(row[0]), unit);
      if (!place.equals("after")) {
        prefixForms.add(row[0]);
      }
      if (!place.equals("before")) {
        suffixForms.add(row[0]);
      }
    }
  }

  /** The unit written {@code form}, case-insensitively and with any white space. */
  Optional<Unit> unit(String form) {
    return Optional.ofNullable(byForm.get(key(form)));
  }

  /** A regex alternation of the forms written before a number ("$", "€", "EUR"). */
  String prefixAlternation() {
    return alternation(prefixForms);
  }

  /** A regex alternation of the forms written after a number ("km", "miles", "%"). */
  String suffixAlternation() {
    return alternation(suffixForms);
  }

  /** A regex alternation of the forms written after a number whose canonical unit is given. */
  String suffixAlternation(String canonical) {
    return alternation(
        suffixForms.stream()
            .filter(f -> unit(f).orElseThrow().canonical().equals(canonical))
            .toList());
  }

  private static String alternation(List<String> forms) {
    return String.join(
        "|",
        forms.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(f -> f))
            .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q"))
            .toList());
  }

  private static String key(String form) {
    return form.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
