package org.triangulate.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.NearDuplicate;
import org.triangulate.model.Story;

/**
 * Turns groups of article indices into {@link Story} records: ids, time order, date range, title.
 *
 * <p>Stateless and safe to share across threads.
 */
final class StoryAssembler {
  private StoryAssembler() {}

  /** Ranks a group's articles for the title: the most typical article first. */
  @FunctionalInterface
  interface Typicality {
    /** The group's indices, most typical first. */
    List<Integer> rank(List<Integer> group);
  }

  /**
   * Builds one story per group; ids are {@code s1, s2, ...} in the order of the groups.
   *
   * @param groups groups of indices into {@code articles}, each sorted, ordered by first index
   * @param articles the articles' summaries in input order
   * @param typicality ranks a group's articles for the title choice
   */
  static List<Story> assemble(
      List<List<Integer>> groups, List<ArticleSummary> articles, Typicality typicality) {
    List<Story> stories = new ArrayList<>(groups.size());
    for (List<Integer> group : groups) {
      String id = "s" + (stories.size() + 1);
      List<Integer> ordered = new ArrayList<>(group);
      ordered.sort(
          Comparator.comparing((Integer i) -> articles.get(i).day(), StoryAssembler::earlier)
              .thenComparing(Comparator.naturalOrder()));
      List<String> ids = ordered.stream().map(i -> articles.get(i).id()).toList();
      Optional<LocalDate> first =
          group.stream()
              .map(i -> articles.get(i).day())
              .flatMap(Optional::stream)
              .min(Comparator.naturalOrder());
      Optional<LocalDate> last =
          group.stream()
              .map(i -> articles.get(i).day())
              .flatMap(Optional::stream)
              .max(Comparator.naturalOrder());
      stories.add(new Story(id, title(typicality.rank(group), articles), ids, first, last));
    }
    return stories;
  }

  /**
   * The stories with, on each, the near-duplicates whose copy and original it both holds (the final
   * pass may have moved one of a pair elsewhere; such a pair is left out).
   */
  static List<Story> withDuplicates(List<Story> stories, List<NearDuplicate> duplicates) {
    List<Story> result = new ArrayList<>(stories.size());
    for (Story story : stories) {
      Set<String> ids = Set.copyOf(story.articles());
      List<NearDuplicate> own =
          duplicates.stream()
              .filter(d -> ids.contains(d.article()) && ids.contains(d.copyOf()))
              .toList();
      result.add(
          new Story(story.id(), story.title(), story.articles(), story.first(), story.last(), own));
    }
    return result;
  }

  /** Dated before undated; earlier day first. */
  private static int earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isPresent() && b.isPresent()) {
      return a.get().compareTo(b.get());
    }
    return Boolean.compare(a.isEmpty(), b.isEmpty());
  }

  private static String title(List<Integer> byTypicality, List<ArticleSummary> articles) {
    for (int i : byTypicality) {
      Optional<String> title = articles.get(i).title();
      if (title.isPresent()) {
        return title.get();
      }
    }
    return articles.get(byTypicality.get(0)).lead();
  }
}
