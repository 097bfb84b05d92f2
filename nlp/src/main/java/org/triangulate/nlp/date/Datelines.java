package org.triangulate.nlp.date;

import java.time.LocalDate;
import java.util.Optional;
import org.triangulate.model.DateMention;

/**
 * Finds the day an article's own dateline gives, for articles that come without a publication date:
 * "May 3rd, 2013 2:00pm EDT", "PUBLISHED: 22:07 GMT, 7 July 2012", "Posted on November 15, 2011",
 * each a short line above the body.
 *
 * <p>Only the short lines before the first body paragraph are read (a line of more than {@value
 * #MAX_LINE} characters starts the body), and only a date that names its day, month and year
 * counts, so "on Saturday" or "in May" in a lead sentence never becomes the anchor.
 *
 * <p>Immutable and thread-safe.
 */
public final class Datelines {
  /** The longest line read as a dateline; longer lines are body text. */
  static final int MAX_LINE = 120;

  /** How far into the text a dateline may stand. */
  static final int MAX_OFFSET = 400;

  private final DateResolver dates;

  /** Datelines read with {@code dates}, which resolves a full date without an anchor. */
  public Datelines(DateResolver dates) {
    this.dates = dates;
  }

  /** The day of the first full date in the leading short lines of {@code text}, if any. */
  public Optional<LocalDate> day(String text) {
    int lineStart = 0;
    while (lineStart < Math.min(text.length(), MAX_OFFSET)) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      if (line.strip().length() > MAX_LINE) {
        return Optional.empty();
      }
      Optional<LocalDate> day =
          dates.resolve(line, Optional.empty()).stream()
              .map(DateMention::value)
              .flatMap(Optional::stream)
              .findFirst();
      if (day.isPresent()) {
        return day;
      }
      lineStart = lineEnd + 1;
    }
    return Optional.empty();
  }
}
