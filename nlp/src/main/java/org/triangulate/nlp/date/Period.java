package org.triangulate.nlp.date;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.triangulate.nlp.date.ResolvedDate.Granularity;

/** A stretch of calendar named by a date mention, before the mention is built. */
record Period(Granularity granularity, Optional<LocalDate> first, Optional<LocalDate> last) {
  static Period day(Optional<LocalDate> day) {
    return new Period(Granularity.DAY, day, day);
  }

  /** The calendar month that starts on {@code first}. */
  static Period month(Optional<LocalDate> first) {
    return new Period(
        Granularity.MONTH, first, first.map(d -> d.with(TemporalAdjusters.lastDayOfMonth())));
  }

  /** The calendar year that starts on {@code first}. */
  static Period year(Optional<LocalDate> first) {
    return new Period(
        Granularity.YEAR, first, first.map(d -> d.with(TemporalAdjusters.lastDayOfYear())));
  }

  /** The Monday-to-Sunday week that starts on {@code monday}. */
  static Period week(Optional<LocalDate> monday) {
    return new Period(Granularity.WEEK, monday, monday.map(d -> d.plusDays(6)));
  }
}
