package org.triangulate.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Story;

/**
 * A {@link StoryClusterer} over TF-IDF vectors of content words plus a boost for shared entity
 * names, grouped by average-link agglomerative clustering cut at {@link
 * ClusteringConfig#threshold()}.
 *
 * <p>Runs in O(n²) time and memory for n articles. Immutable and safe to share across threads.
 */
public final class TfIdfStoryClusterer implements StoryClusterer {
  private final ClusteringConfig config;
  private final ContentWords words;

  /** A clusterer with {@code config}. */
  public TfIdfStoryClusterer(ClusteringConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.words = ContentWords.standard();
  }

  @Override
  public List<Story> cluster(List<AnalyzedArticle> articles) {
    Set<String> ids = new HashSet<>();
    for (AnalyzedArticle article : articles) {
      if (!ids.add(article.id())) {
        throw new IllegalArgumentException("duplicate article id: " + article.id());
      }
    }
    if (articles.isEmpty()) {
      return List.of();
    }
    ArticleVectors vectors = ArticleVectors.of(articles, words);
    float[][] sim = vectors.similarities(config.entityBoost());
    List<List<Integer>> groups = AverageLinkClustering.cluster(sim, config.threshold());
    List<ArticleSummary> summaries =
        articles.stream().map(a -> ArticleSummary.of(a, config.titleWords())).toList();
    return StoryAssembler.assemble(groups, summaries, group -> byCloseness(group, vectors));
  }

  private static List<Integer> byCloseness(List<Integer> group, ArticleVectors vectors) {
    Map<Integer, Double> centroid = new HashMap<>();
    for (int i : group) {
      SparseVector v = vectors.vector(i);
      for (int k = 0; k < v.size(); k++) {
        centroid.merge(v.id(k), v.weight(k), Double::sum);
      }
    }
    SparseVector center = SparseVector.of(centroid);
    List<Integer> ranked = new ArrayList<>(group);
    ranked.sort(
        Comparator.comparing((Integer i) -> -vectors.vector(i).dot(center))
            .thenComparing(Comparator.naturalOrder()));
    return ranked;
  }

  /** This clusterer's settings. */
  public ClusteringConfig config() {
    return config;
  }
}
