package org.triangulate.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date named in an article ("on Thursday", "3 March 2024").
 *
 * @param text the date as written
 * @param start offset in the article text
 * @param end offset after the date
 * @param value the calendar day it names, when it can be resolved
 */
public record DateMention(String text, int start, int end, Optional<LocalDate> value) {
  public DateMention {
    Checks.notBlank(text, "text");
    Checks.span(start, end);
    Objects.requireNonNull(value, "value");
  }
}
