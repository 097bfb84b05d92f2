package org.triangulate.server.corpus;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the story list: what a reader needs to choose a story.
 *
 * @param id the story id
 * @param title its title
 * @param first the earliest publication day among its articles, when any is dated
 * @param last the latest publication day among its articles, when any is dated
 * @param articles how many articles it has
 * @param outlets how many distinct outlets carried it (articles without an outlet count once each)
 * @param conflicts how many disputes it has: conflicts plus conflicting facts
 * @param latest the highest ordinal (order of addition) among its articles
 */
public record StorySummary(
    String id,
    String title,
    Optional<LocalDate> first,
    Optional<LocalDate> last,
    int articles,
    int outlets,
    int conflicts,
    int latest) {
  public StorySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }
}
