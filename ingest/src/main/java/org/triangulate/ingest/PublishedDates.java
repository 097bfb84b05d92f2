package org.triangulate.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.PublicationDate;

/**
 * Parses publication dates in the forms pages and feeds use: ISO 8601 (via {@link
 * PublicationDate#parse}), ISO with a compact offset ({@code +0200}), RFC 1123 ({@code Fri, 31 May
 * 2024 09:04:00 GMT}), {@code 2024-05-31 09:04}, and English day-month-year forms.
 *
 * <p>A date-time without an offset keeps only its calendar day: without a zone the instant is not
 * known. Stateless and thread-safe.
 */
public final class PublishedDates {
  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern LOCAL_DATE_TIME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
  private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\b");

  /** A weekday before a written date: "Friday 13 March 2026", "Fri, March 13, 2026". */
  private static final Pattern LEADING_WEEKDAY =
      Pattern.compile(
          "^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+",
          Pattern.CASE_INSENSITIVE);

  /** A time after a written date: ", 7:30am", " 09:04 GMT", " at 7.30 pm", " - 10:15". */
  private static final Pattern TRAILING_TIME =
      Pattern.compile(
          "(?:\\s*[,\\-\u2013|]\\s*|\\s+at\\s+|\\s+)\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?$",
          Pattern.CASE_INSENSITIVE);

  private static final List<DateTimeFormatter> ENGLISH_DAYS =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

  private PublishedDates() {}

  /**
   * Parses {@code text} as a publication date.
   *
   * @param text the date as written; may be {@code null}
   * @return the date, or empty when no known form matches
   */
  public static Optional<PublicationDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    Optional<PublicationDate> iso = PublicationDate.parse(trimmed);
    if (iso.isPresent()) {
      return iso;
    }
    Matcher compact = COMPACT_OFFSET.matcher(trimmed);
    if (trimmed.contains("T") && compact.find()) {
      iso = PublicationDate.parse(compact.replaceFirst("$1:$2"));
      if (iso.isPresent()) {
        return iso;
      }
    }
    try {
      return Optional.of(
          PublicationDate.ofInstant(
              ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
    } catch (DateTimeParseException e) {
      // not RFC 1123; try the next form
    }
    try {
      return Optional.of(
          PublicationDate.ofInstant(OffsetDateTime.parse(trimmed.replace(' ', 'T')).toInstant()));
    } catch (DateTimeParseException e) {
      // not an ISO date-time with a space; try the next form
    }
    Matcher local = LOCAL_DATE_TIME.matcher(trimmed);
    if (local.matches()) {
      return day(local.group(1));
    }
    String written =
        TRAILING_TIME.matcher(LEADING_WEEKDAY.matcher(trimmed).replaceFirst("")).replaceFirst("");
    for (DateTimeFormatter format : ENGLISH_DAYS) {
      try {
        return Optional.of(PublicationDate.ofDate(LocalDate.parse(written, format)));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    Matcher leading = LEADING_DATE.matcher(trimmed);
    return leading.find() ? day(leading.group(1)) : Optional.empty();
  }

  private static Optional<PublicationDate> day(String isoDay) {
    try {
      return Optional.of(PublicationDate.ofDate(LocalDate.parse(isoDay)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
