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
 * @param duplicates its articles that copy another of its articles (wire copy, reposts), each with
 *     the article it copies; later stages count a group of copies as one source
 */
public record Story(
    String id,
    String title,
    List<String> articles,
    Optional<LocalDate> first,
    Optional<LocalDate> last,
    List<NearDuplicate> duplicates) {
  public Story {
    Checks.notBlank(id, "id");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no articles");
    }
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    duplicates = List.copyOf(duplicates);
    for (NearDuplicate copy : duplicates) {
      if (!articles.contains(copy.article()) || !articles.contains(copy.copyOf())) {
        throw new IllegalArgumentException("story " + id + " does not hold both of " + copy);
      }
    }
  }

  /** A story in which no article copies another. */
  public Story(
      String id,
      String title,
      List<String> articles,
      Optional<LocalDate> first,
      Optional<LocalDate> last) {
    this(id, title, articles, first, last, List.of());
  }

  /** The id of the article that {@code article} copies, or {@code article} itself. */
  public String sourceOf(String article) {
    for (NearDuplicate copy : duplicates) {
      if (copy.article().equals(article)) {
        return copy.copyOf();
      }
    }
    return article;
  }
}
