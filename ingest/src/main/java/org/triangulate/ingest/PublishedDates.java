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
    for (DateTimeFormatter format : ENGLISH_DAYS) {
      try {
        return Optional.of(PublicationDate.ofDate(LocalDate.parse(trimmed, format)));
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
