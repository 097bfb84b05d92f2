package org.triangulate.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Sentence;
import org.triangulate.model.Story;

/**
 * Turns groups of article indices into {@link Story} records: ids, time order, date range, title.
 *
 * <p>Immutable and safe to share across threads.
 */
final class StoryAssembler {
  private final int titleWords;

  StoryAssembler(int titleWords) {
    this.titleWords = titleWords;
  }

  /**
   * Builds one story per group.
   *
   * @param groups groups of indices into {@code articles}, each sorted, ordered by first index
   * @param articles the articles in input order
   * @param vectors the articles' unit TF-IDF vectors, for the title choice
   */
  List<Story> assemble(
      List<List<Integer>> groups, List<AnalyzedArticle> articles, ArticleVectors vectors) {
    List<Story> stories = new ArrayList<>(groups.size());
    for (List<Integer> group : groups) {
      String id = "s" + (stories.size() + 1);
      List<Integer> ordered = new ArrayList<>(group);
      ordered.sort(
          Comparator.comparing((Integer i) -> day(articles.get(i)), StoryAssembler::earlier)
              .thenComparing(Comparator.naturalOrder()));
      List<String> ids = ordered.stream().map(i -> articles.get(i).id()).toList();
      Optional<LocalDate> first =
          group.stream()
              .map(i -> day(articles.get(i)))
              .flatMap(Optional::stream)
              .min(Comparator.naturalOrder());
      Optional<LocalDate> last =
          group.stream()
              .map(i -> day(articles.get(i)))
              .flatMap(Optional::stream)
              .max(Comparator.naturalOrder());
      stories.add(new Story(id, title(group, articles, vectors), ids, first, last));
    }
    return stories;
  }

  private static Optional<LocalDate> day(AnalyzedArticle article) {
    return article.article().published().map(PublicationDate::date);
  }

  /** Dated before undated; earlier day first. */
  private static int earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isPresent() && b.isPresent()) {
      return a.get().compareTo(b.get());
    }
    return Boolean.compare(a.isEmpty(), b.isEmpty());
  }

  private String title(
      List<Integer> group, List<AnalyzedArticle> articles, ArticleVectors vectors) {
    Map<Integer, Double> centroid = new HashMap<>();
    for (int i : group) {
      SparseVector v = vectors.vector(i);
      for (int k = 0; k < v.size(); k++) {
        centroid.merge(v.id(k), v.weight(k), Double::sum);
      }
    }
    SparseVector center = SparseVector.of(centroid);
    List<Integer> byCloseness = new ArrayList<>(group);
    byCloseness.sort(
        Comparator.comparing((Integer i) -> -vectors.vector(i).dot(center))
            .thenComparing(Comparator.naturalOrder()));
    for (int i : byCloseness) {
      Optional<String> title = articles.get(i).article().title().map(String::strip);
      if (title.isPresent() && !title.get().isEmpty()) {
        return title.get();
      }
    }
    for (int i : byCloseness) {
      String lead = firstSentence(articles.get(i));
      if (!lead.isEmpty()) {
        return cut(lead);
      }
    }
    return articles.get(byCloseness.get(0)).id();
  }

  private static String firstSentence(AnalyzedArticle article) {
    String text = article.text();
    for (Sentence sentence : article.sentences()) {
      if (sentence.end() <= text.length()) {
        String s = sentence.text(text).strip();
        if (!s.isEmpty()) {
          return s;
        }
      }
    }
    return text.strip().split("\\R", 2)[0].strip();
  }

  private String cut(String sentence) {
    String[] words = sentence.split("\\s+");
    if (words.length <= titleWords) {
      return sentence;
    }
    return String.join(" ", List.of(words).subList(0, titleWords)) + " …";
  }
}
