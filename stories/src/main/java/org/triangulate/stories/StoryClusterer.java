package org.triangulate.stories;

import java.util.List;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Story;

/**
 * Groups articles into stories: articles about one real-world event end in one story.
 *
 * <p>Implementations are thread-safe and deterministic: the same list gives the same stories. Story
 * ids are {@code s1}, {@code s2}, ... in the order of each story's first article in the input.
 */
public interface StoryClusterer {
  /**
   * Groups {@code articles} into stories; every article ends in exactly one story.
   *
   * @param articles the articles, in input order; ids must be distinct
   * @return the stories, ordered by the input position of their first article
   */
  List<Story> cluster(List<AnalyzedArticle> articles);

  /** The default clusterer: event features, incremental clustering, a bounded final pass. */
  static StoryClusterer standard() {
    return new EventStoryClusterer(StoryClusterConfig.defaults());
  }
}
