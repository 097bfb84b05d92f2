package org.triangulate.server.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;

/**
 * Decides where newly added articles go: into stories the corpus already has, or into new stories.
 * This is the seam for an incremental clusterer; {@link ClusteringAssigner} is the default, built
 * on the batch {@link org.triangulate.stories.StoryClusterer}.
 *
 * <p>Implementations are thread-safe and deterministic: the same corpus and articles give the same
 * groups.
 */
public interface StoryAssigner {

  /**
   * Fresh articles that go together.
   *
   * @param story the existing story they join, or empty for a new story
   * @param articles the ids of the fresh articles, at least one
   * @param title a title for a new story (ignored when joining one)
   */
  record Group(Optional<String> story, List<String> articles, String title) {
    public Group {
      Objects.requireNonNull(story, "story");
      articles = List.copyOf(articles);
      if (articles.isEmpty()) {
        throw new IllegalArgumentException("a group needs at least one article");
      }
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * Places every article of {@code fresh} in exactly one group.
   *
   * @param fresh the new articles, with ids the corpus does not hold yet
   * @param corpus the corpus as it was before they came
   */
  List<Group> assign(List<AnalyzedArticle> fresh, CorpusSnapshot corpus);
}
