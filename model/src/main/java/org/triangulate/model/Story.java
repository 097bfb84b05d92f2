package org.triangulate.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of articles about one real-world event.
 *
 * @param id unique among the report's stories
 * @param title a short title drawn from its articles
 * @param articles the ids of its articles, in time order (undated last, then input order)
 * @param first the earliest publication day among its articles, when any is dated
 * @param last the latest publication day among its articles, when any is dated
 */
public record Story(
    String id,
    String title,
    List<String> articles,
    Optional<LocalDate> first,
    Optional<LocalDate> last) {
  public Story {
    Checks.notBlank(id, "id");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no articles");
    }
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }
}
