package org.triangulate.stories;

import java.util.HashSet;
import java.util.List;
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
  private final StoryAssembler assembler;

  /** A clusterer with {@code config}. */
  public TfIdfStoryClusterer(ClusteringConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.words = ContentWords.standard();
    this.assembler = new StoryAssembler(config.titleWords());
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
    return assembler.assemble(groups, articles, vectors);
  }

  /** This clusterer's settings. */
  public ClusteringConfig config() {
    return config;
  }
}
