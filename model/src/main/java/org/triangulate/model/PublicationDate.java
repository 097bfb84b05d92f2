package org.triangulate.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published: a calendar day, and the instant when the source gives the time.
 *
 * <p>{@link #toString()} gives the report's form: {@code 2024-05-31} or {@code
 * 2024-05-31T09:04:00Z}.
 */
public record PublicationDate(LocalDate date, Optional<Instant> instant) {
  public PublicationDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(instant, "instant");
    instant = instant.map(i -> i.truncatedTo(ChronoUnit.SECONDS));
    if (instant.isPresent() && !instant.get().atOffset(ZoneOffset.UTC).toLocalDate().equals(date)) {
      throw new IllegalArgumentException(
          "date " + date + " is not the UTC day of " + instant.get());
    }
  }

  /** A publication date known to the day only. */
  public static PublicationDate ofDate(LocalDate date) {
    return new PublicationDate(date, Optional.empty());
  }

  /** A publication date known to the second. */
  public static PublicationDate ofInstant(Instant instant) {
    return new PublicationDate(
        instant.atOffset(ZoneOffset.UTC).toLocalDate(), Optional.of(instant));
  }

  /**
   * Parses an ISO-8601 date ({@code 2024-05-31}) or date-time with an offset ({@code
   * 2024-05-31T09:04:00+02:00}, {@code ...Z}).
   *
   * @return the date, or empty when {@code text} is neither
   */
  public static Optional<PublicationDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    try {
      if (trimmed.length() == 10) {
        return Optional.of(ofDate(LocalDate.parse(trimmed)));
      }
      return Optional.of(ofInstant(OffsetDateTime.parse(trimmed).toInstant()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return instant.map(Instant::toString).orElse(date.toString());
  }
}
