package org.triangulate.nlp.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.triangulate.nlp.date.ResolvedDate.Granularity;

/**
 * Resolves "last week", "this month", "next year", "past week" against the publication day.
 * Stateless and thread-safe.
 */
final class RelativePeriods {
  private RelativePeriods() {}

  /**
   * The period named by {@code modifier} (last, this, next, past, coming) and {@code unit} (week,
   * month, year); empty days when there is no anchor.
   */
  static Period of(String modifier, String unit, Optional<LocalDate> anchor) {
    int shift =
        switch (modifier) {
          case "last" -> -1;
          case "next", "coming" -> 1;
          default -> 0;
        };
    if (modifier.equals("past")) {
      return switch (unit) {
        case "week" -> new Period(Granularity.WEEK, anchor.map(a -> a.minusDays(7)), anchor);
        case "month" -> new Period(Granularity.MONTH, anchor.map(a -> a.minusMonths(1)), anchor);
        default -> new Period(Granularity.YEAR, anchor.map(a -> a.minusYears(1)), anchor);
      };
    }
    return switch (unit) {
      case "week" ->
          Period.week(
              anchor.map(
                  a ->
                      a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift)));
      case "month" -> Period.month(anchor.map(a -> a.withDayOfMonth(1).plusMonths(shift)));
      default -> Period.year(anchor.map(a -> a.withDayOfYear(1).plusYears(shift)));
    };
  }
}
