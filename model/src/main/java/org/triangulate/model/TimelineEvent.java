package org.triangulate.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A dated event of a story with the articles that report it. */
public record TimelineEvent(LocalDate date, String text, List<String> articles) {
  public TimelineEvent {
    Objects.requireNonNull(date, "date");
    Checks.notBlank(text, "text");
    articles = List.copyOf(articles);
  }
}
