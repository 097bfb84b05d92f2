package org.triangulate.server.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Story;

/**
 * Makes a {@link Story} record from its articles: in time order (undated last, then in order of
 * addition) with the first and last publication days. Stateless and thread-safe.
 */
final class StoryMaker {
  private StoryMaker() {}

  /**
   * The story {@code id} titled {@code title} over {@code members}, each paired with its ordinal.
   */
  static Story make(String id, String title, List<Member> members) {
    List<Member> ordered = new ArrayList<>(members);
    ordered.sort(
        Comparator.comparing(
                (Member m) -> m.article().article().published().map(PublicationDate::date),
                Comparator.comparing(
                    (Optional<LocalDate> d) -> d.orElse(LocalDate.MAX), Comparator.naturalOrder()))
            .thenComparingInt(Member::ordinal));
    List<LocalDate> days =
        ordered.stream()
            .flatMap(m -> m.article().article().published().map(PublicationDate::date).stream())
            .sorted()
            .toList();
    Optional<LocalDate> first = days.isEmpty() ? Optional.empty() : Optional.of(days.get(0));
    Optional<LocalDate> last =
        days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1));
    return new Story(id, title, ordered.stream().map(m -> m.article().id()).toList(), first, last);
  }

  /** An article of a story and its ordinal in the corpus. */
  record Member(AnalyzedArticle article, int ordinal) {}
}
