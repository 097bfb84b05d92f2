package org.triangulate.stories;

/**
 * Settings of {@link TfIdfStoryClusterer}: an immutable value, validated when built.
 *
 * @param threshold the average similarity two groups of articles need to be merged, in (0, 2]
 * @param entityBoost the weight of the Jaccard overlap of two articles' entity names, added to
 *     their TF-IDF cosine, in [0, 1]
 * @param titleWords how many words of a first sentence make a story title when no article has a
 *     title, at least 1
 */
public record ClusteringConfig(double threshold, double entityBoost, int titleWords) {
  /** The bag-of-words baseline's cut on ECB+ dev. */
  public static final double DEFAULT_THRESHOLD = 0.16;

  public ClusteringConfig {
    if (!(threshold > 0.0 && threshold <= 2.0)) {
      throw new IllegalArgumentException("threshold must be in (0, 2]: " + threshold);
    }
    if (!(entityBoost >= 0.0 && entityBoost <= 1.0)) {
      throw new IllegalArgumentException("entityBoost must be in [0, 1]: " + entityBoost);
    }
    if (titleWords < 1) {
      throw new IllegalArgumentException("titleWords must be at least 1: " + titleWords);
    }
  }

  /** The defaults: threshold 0.16, entity boost 0.1, 12 title words. */
  public static ClusteringConfig defaults() {
    return new ClusteringConfig(DEFAULT_THRESHOLD, 0.1, 12);
  }

  /** This config with another merge threshold. */
  public ClusteringConfig withThreshold(double value) {
    return new ClusteringConfig(value, entityBoost, titleWords);
  }

  /** This config with another entity-name boost. */
  public ClusteringConfig withEntityBoost(double value) {
    return new ClusteringConfig(threshold, value, titleWords);
  }

  /** This config with another title length. */
  public ClusteringConfig withTitleWords(int value) {
    return new ClusteringConfig(threshold, entityBoost, value);
  }
}
