package org.triangulate.server.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.Story;
import org.triangulate.stories.StoryClusterer;

/**
 * A {@link StoryAssigner} that runs the batch clusterer over the fresh articles plus a few articles
 * of each existing story that shares rare words with them ({@link
 * CorpusSnapshot#candidateStories}). A cluster holding articles of existing stories joins its fresh
 * articles to the story with most articles in it; a cluster of fresh articles only makes a new
 * story. Existing stories are never merged or split.
 *
 * <p>So an article joins a story by the very similarity the clusterer uses, measured against the
 * story's latest articles, at the cost of a clustering of a few hundred articles per batch instead
 * of the whole corpus. Immutable and thread-safe.
 */
public final class ClusteringAssigner implements StoryAssigner {
  private final StoryClusterer clusterer;
  private final int storiesPerArticle;
  private final int articlesPerStory;

  /**
   * An assigner over {@code clusterer} that compares each fresh article with up to {@code
   * storiesPerArticle} candidate stories, each represented by its latest {@code articlesPerStory}
   * articles.
   */
  public ClusteringAssigner(StoryClusterer clusterer, int storiesPerArticle, int articlesPerStory) {
    this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
    if (storiesPerArticle < 1 || articlesPerStory < 1) {
      throw new IllegalArgumentException(
          "candidates must be at least 1: " + storiesPerArticle + ", " + articlesPerStory);
    }
    this.storiesPerArticle = storiesPerArticle;
    this.articlesPerStory = articlesPerStory;
  }

  /** The standard clusterer, 6 candidate stories per article, 4 articles per story. */
  public static ClusteringAssigner standard() {
    return new ClusteringAssigner(StoryClusterer.standard(), 6, 4);
  }

  @Override
  public List<Group> assign(List<AnalyzedArticle> fresh, CorpusSnapshot corpus) {
    if (fresh.isEmpty()) {
      return List.of();
    }
    Set<String> candidates = new LinkedHashSet<>();
    for (AnalyzedArticle article : fresh) {
      candidates.addAll(corpus.candidateStories(article, storiesPerArticle));
    }
    List<AnalyzedArticle> pool = new ArrayList<>(fresh);
    Map<String, String> storyOfMember = new HashMap<>();
    for (String storyId : candidates) {
      Optional<Brief> brief = corpus.story(storyId);
      if (brief.isEmpty()) {
        continue;
      }
      List<String> members = brief.get().story().articles();
      for (String id :
          members.subList(Math.max(0, members.size() - articlesPerStory), members.size())) {
        corpus.article(id).ifPresent(pool::add);
        storyOfMember.put(id, storyId);
      }
    }
    Set<String> freshIds = new HashSet<>();
    fresh.forEach(a -> freshIds.add(a.id()));
    List<Group> groups = new ArrayList<>();
    for (Story cluster : clusterer.cluster(pool)) {
      List<String> joining = cluster.articles().stream().filter(freshIds::contains).toList();
      if (joining.isEmpty()) {
        continue;
      }
      Map<String, Integer> votes = new LinkedHashMap<>();
      for (String id : cluster.articles()) {
        String story = storyOfMember.get(id);
        if (story != null) {
          votes.merge(story, 1, Integer::sum);
        }
      }
      Optional<String> target =
          votes.entrySet().stream()
              .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
              .map(Map.Entry::getKey);
      groups.add(new Group(target, joining, cluster.title()));
    }
    return groups;
  }
}
