package org.triangulate.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triangulate.model.Measure;

/**
 * Links a value given twice, in two units, as in "65 kilometers (40 miles)": both quantities stay
 * (each is what the article wrote, and reports keep listing both), and each one's qualifier names
 * the other's measure in {@code alsoGivenAs}, so that a later stage can count the pair once and
 * need not read the rounding of the conversion as a disagreement. Stateless and thread-safe.
 */
final class GivenTwice {
  private static final Pattern OPEN = Pattern.compile("\\s*[(\\[]\\s*(?:or\\s+|about\\s+)?");

  private GivenTwice() {}

  static List<QualifiedQuantity> link(String text, List<QualifiedQuantity> in) {
    List<QualifiedQuantity> out = new ArrayList<>(in);
    for (int i = 0; i + 1 < out.size(); i++) {
      QualifiedQuantity a = out.get(i);
      QualifiedQuantity b = out.get(i + 1);
      if (sameValueInBrackets(text, a, b)) {
        out.set(i, withOther(a, b));
        out.set(i + 1, withOther(b, a));
        i++;
      }
    }
    return List.copyOf(out);
  }

  private static QualifiedQuantity withOther(QualifiedQuantity q, QualifiedQuantity other) {
    QuantityQualifier k = q.qualifier();
    Optional<Measure> also = other.quantity().normalized();
    return new QualifiedQuantity(q.quantity(), new QuantityQualifier(k.bound(), k.upper(), also));
  }

  private static boolean sameValueInBrackets(
      String text, QualifiedQuantity a, QualifiedQuantity b) {
    if (b.quantity().start() < a.quantity().end()) {
      return false;
    }
    var open = OPEN.matcher(text).region(a.quantity().end(), b.quantity().start());
    if (!open.matches()) {
      return false;
    }
    String unitA = a.quantity().normalized().map(Measure::unit).orElse("");
    String unitB = b.quantity().normalized().map(Measure::unit).orElse("");
    return !unitA.isEmpty()
        && unitA.equals(unitB)
        && !a.quantity().unit().equals(b.quantity().unit());
  }
}
