package org.triangulate.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.triangulate.model.Measure;
import org.triangulate.model.Quantity;

/**
 * Links a value given twice, in two units, as in "65 kilometers (40 miles)" or "200 million euros
 * ($265 million)" (a sum converted into another currency): both quantities stay (each is what the
 * article wrote, and reports keep listing both), and each one names the other's measure in {@code
 * alsoGivenAs}, so that a later stage can count the pair once and need not read the rounding of the
 * conversion as a disagreement. Stateless and thread-safe.
 */
final class GivenTwice {
  private static final Set<String> CURRENCIES = Set.of("USD", "EUR", "GBP");
  private static final Pattern OPEN = Pattern.compile("\\s*[(\\[]\\s*(?:or\\s+|about\\s+)?");

  private GivenTwice() {}

  static List<Quantity> link(String text, List<Quantity> in) {
    List<Quantity> out = new ArrayList<>(in);
    for (int i = 0; i + 1 < out.size(); i++) {
      Quantity a = out.get(i);
      Quantity b = out.get(i + 1);
      if (sameValueInBrackets(text, a, b)) {
        out.set(i, withOther(a, b));
        out.set(i + 1, withOther(b, a));
        i++;
      }
    }
    return List.copyOf(out);
  }

  private static Quantity withOther(Quantity q, Quantity other) {
    return new Quantity(
        q.text(),
        q.start(),
        q.end(),
        q.amount(),
        q.unit(),
        q.normalized(),
        q.bound(),
        q.upper(),
        other.normalized());
  }

  private static boolean sameValueInBrackets(String text, Quantity a, Quantity b) {
    if (b.start() < a.end()) {
      return false;
    }
    var open = OPEN.matcher(text).region(a.end(), b.start());
    if (!open.matches()) {
      return false;
    }
    String unitA = a.normalized().map(Measure::unit).orElse("");
    String unitB = b.normalized().map(Measure::unit).orElse("");
    boolean sameDimension = unitA.equals(unitB) || CURRENCIES.containsAll(List.of(unitA, unitB));
    return !unitA.isEmpty() && sameDimension && !a.unit().equals(b.unit());
  }
}
