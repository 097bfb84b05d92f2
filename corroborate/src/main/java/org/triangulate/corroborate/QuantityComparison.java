package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.triangulate.model.Quantity;

/**
 * Decides whether two quantities measure the same thing and whether their values disagree.
 *
 * <p>Two quantities measure the same thing when they share a dimension (canonical unit, else the
 * written unit, else "count") and the words around them overlap strongly: at least two shared
 * context words and an overlap coefficient of at least {@code contextOverlap}, and when both are
 * directly followed by a content word ("90 m <b>tall</b>", "12 m <b>deep</b>") it is the same word.
 * When the words around either name what is counted ({@link CountedThing}: "killed", "hurt",
 * "evacuated"), they measure the same thing exactly when both do and those classes meet, whatever
 * else is around them ("three people were injured" and "seven were hurt", but not "one person was
 * allowed to leave" and "four people were found"); quantities of different scopes never do ("in
 * Athens", "nationwide"), nor those in sentences that name different years ("three injured in
 * 2019"). Nor do two quantities whose sentences name different days (a film's takings on two
 * dates), whose context windows name different entities (two teams' offers), or of which only one
 * tells of an earlier event ({@link Statement.Measured#past()}). Different numbers about different
 * things are thus no conflict. Immutable and safe to share across threads.
 */
final class QuantityComparison {
  /** The canonical unit of durations. */
  private static final String TIME = "h";

  private final double tolerance;
  private final double contextOverlap;

  QuantityComparison(double tolerance, double contextOverlap) {
    this.tolerance = tolerance;
    this.contextOverlap = contextOverlap;
  }

  boolean sameThing(Statement.Measured a, Statement.Measured b) {
    if (!a.dimension().equals(b.dimension())) {
      return false;
    }
    if (TIME.equals(a.dimension())) {
      // Durations are mostly offsets ("within 60 days", "one day after"), rarely measurements.
      return false;
    }
    if (!a.years().isEmpty() && !b.years().isEmpty() && Words.shared(a.years(), b.years()) == 0) {
      return false;
    }
    if (a.past() != b.past()
        || disjoint(a.days(), b.days())
        || disjoint(a.weekdays(), b.weekdays())
        || disjoint(a.names(), b.names())) {
      return false;
    }
    if (a.past()
        && Words.shared(a.years(), b.years()) == 0
        && Words.shared(a.names(), b.names()) == 0) {
      // Background tells of many earlier events; two are one only when a year or a name says so.
      return false;
    }
    if (a.scope().isPresent() && b.scope().isPresent() && !a.scope().equals(b.scope())) {
      return false;
    }
    if (!a.things().isEmpty() || !b.things().isEmpty()) {
      return MeasuredThings.overlap(a.things(), b.things());
    }
    if (a.next().isPresent() && b.next().isPresent() && !a.next().equals(b.next())) {
      return false;
    }
    Set<String> x = a.contextWords();
    Set<String> y = b.contextWords();
    return Words.shared(x, y) >= 2 && Words.containment(x, y) >= contextOverlap;
  }

  /** Whether both sets hold something and they share nothing. */
  private static <T> boolean disjoint(Set<T> a, Set<T> b) {
    return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
  }

  /**
   * Whether the values differ by more than the tolerance, relative to the larger, once each
   * quantity's bound is read as the values it allows: "more than 3,000" allows 3,500, "up to 40 km"
   * allows 30 km, "20 to 30" allows 25; "about 90 km" allows only what the tolerance allows around
   * 90 km, as an exact value does.
   */
  boolean differ(Statement.Measured a, Statement.Measured b) {
    double[] x = allowed(a);
    double[] y = allowed(b);
    double gap = Math.max(x[0], y[0]) - Math.min(x[1], y[1]);
    if (gap <= 0) {
      return false;
    }
    double larger = Math.max(Math.abs(a.value()), Math.abs(b.value()));
    return larger > 0 && gap / larger > tolerance;
  }

  /** The lowest and highest value {@code m} allows, in its canonical unit. */
  private static double[] allowed(Statement.Measured m) {
    Quantity q = m.quantity();
    double v = m.value();
    return switch (q.bound()) {
      case EXACT, APPROXIMATE -> new double[] {v, v};
      case AT_LEAST, MORE_THAN -> new double[] {v, Double.POSITIVE_INFINITY};
      case AT_MOST, LESS_THAN -> new double[] {Double.NEGATIVE_INFINITY, v};
      case RANGE -> {
        double scale = q.amount() == 0 ? 1 : v / q.amount();
        double upper = q.upper().orElse(q.amount()) * scale;
        yield new double[] {Math.min(v, upper), Math.max(v, upper)};
      }
    };
  }

  /** Whether the two measure the same thing and disagree. */
  boolean conflict(Statement.Measured a, Statement.Measured b) {
    return sameThing(a, b) && differ(a, b);
  }

  /** Whether any quantity of {@code s} measures the same thing as one of {@code t}. */
  boolean shareMeasuredThing(Statement s, Statement t) {
    for (Statement.Measured a : s.quantities()) {
      for (Statement.Measured b : t.quantities()) {
        if (sameThing(a, b)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A short description of what {@code a} and {@code b} measure: the dimension and the context
   * words they share, as written around {@code a} ("km: dam, upstream, Harlow").
   */
  static String about(Statement.Measured a, Statement holder, Statement.Measured b) {
    Set<String> other = b.contextWords();
    List<String> shared = new ArrayList<>();
    for (Words.Token t : a.context()) {
      String surface =
          holder.text().substring(t.start() - holder.start(), t.end() - holder.start());
      if (other.contains(t.form()) && !shared.contains(surface) && shared.size() < 4) {
        shared.add(surface);
      }
    }
    List<String> things = new ArrayList<>(a.things());
    things.retainAll(b.things());
    things.sort(null);
    String what = things.isEmpty() ? a.dimension() : a.dimension() + " " + String.join("/", things);
    return what + ": " + String.join(", ", shared);
  }
}
