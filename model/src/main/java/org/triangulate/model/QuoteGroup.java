package org.triangulate.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement as carried by several articles, verbatim or reworded.
 *
 * @param id unique in the report
 * @param speaker the resolved speaker's name, when known
 * @param quotes the ids of the quotes that carry it
 * @param articles the ids of the articles those quotes are in
 */
public record QuoteGroup(
    String id, Optional<String> speaker, List<String> quotes, List<String> articles) {
  public QuoteGroup {
    Checks.notBlank(id, "id");
    Objects.requireNonNull(speaker, "speaker");
    quotes = List.copyOf(quotes);
    articles = List.copyOf(articles);
  }
}
