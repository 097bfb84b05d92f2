package org.triangulate.nlp.date;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.model.DateMention;

/**
 * A date mention with the stretch of calendar it names: one day ("on Thursday"), a week ("last
 * week"), a month ("March 2024", "last month") or a year ("in 2015").
 *
 * <p>The mention's {@code value} holds a day only when the granularity is {@link Granularity#DAY};
 * a period keeps an empty value there (it names no single day) and is given here by its first and
 * last day, so that a timeline can place it without claiming a day the article never named.
 *
 * @param mention the mention as reported
 * @param granularity how much calendar the mention names
 * @param first the first day named, when it resolves
 * @param last the last day named, when it resolves; equal to {@code first} for a day
 */
public record ResolvedDate(
    DateMention mention,
    Granularity granularity,
    Optional<LocalDate> first,
    Optional<LocalDate> last) {
  /** Checks that the days are both present or both absent, and in order. */
  public ResolvedDate {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (first.isPresent() != last.isPresent()
        || (first.isPresent() && last.get().isBefore(first.get()))) {
      throw new IllegalArgumentException("bad period: " + first + " to " + last);
    }
  }

  /** How much calendar a date mention names. */
  public enum Granularity {
    /** One day: "3 March 2024", "on Thursday", "yesterday", "two days ago". */
    DAY,
    /** Monday to Sunday ("last week", "this week"), or the seven days up to today ("past week"). */
    WEEK,
    /** A calendar month: "March 2024", "in March", "last month". */
    MONTH,
    /** A calendar year: "in 2015", "last year". */
    YEAR
  }
}
