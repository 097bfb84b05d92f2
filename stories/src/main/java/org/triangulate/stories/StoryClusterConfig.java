package org.triangulate.stories;

/**
 * Settings of {@link IncrementalStoryClusterer}: an immutable value, validated when built.
 *
 * @param threshold the least average-link similarity at which an article joins a story, in (0, 1]
 * @param mergeThreshold the least average-link similarity at which the final pass merges two
 *     stories, in (0, 1]
 * @param fragmentMergeThreshold the least average-link similarity at which the final pass merges a
 *     story of a few articles into a larger one when no member of one contradicts a member of the
 *     other, in (0, 1]
 * @param nameWeight how much an entity name counts against a content word of equal rarity, ≥ 0
 * @param timeWeight how much a year or a dated month counts against a content word, ≥ 0
 * @param quantityWeight how much a quantity with its unit counts against a content word, ≥ 0
 * @param identityShare the share of an article's vector given to its identity features (names,
 *     times, quantities), the rest going to its content words, in [0, 1): two articles' similarity
 *     is this share of the cosine of their identities plus the rest of the cosine of their words
 * @param yearConflict the factor on the similarity of an article and a story (or two stories) that
 *     both name years but share none, in (0, 1]; 1 turns the rule off
 * @param leadConflict how much the similarity of an article and a story falls when their leads
 *     contradict each other ({@link LeadFacts#contradicts}), in [0, 1]: the factor is one less this
 *     times the square root of the share of contradicting pairs; 0 turns the rule off
 * @param sample how many member articles of a story are kept to check contradictions, at least 1
 * @param articleTerms the most terms kept in an article's vector, at least 1
 * @param storyTerms the most terms kept in a story's centroid, at least 1
 * @param queryTerms how many of an article's heaviest terms are looked up in the story index
 * @param postings how many of the most recent stories each term of the index remembers
 * @param candidates how many candidate stories (those sharing the most query terms) are scored
 * @param titleWords how many words of a first sentence make a story title when no article has a
 *     title, at least 1
 */
public record StoryClusterConfig(
    double threshold,
    double mergeThreshold,
    double fragmentMergeThreshold,
    double nameWeight,
    double timeWeight,
    double quantityWeight,
    double identityShare,
    double yearConflict,
    double leadConflict,
    int sample,
    int articleTerms,
    int storyTerms,
    int queryTerms,
    int postings,
    int candidates,
    int titleWords) {
  public StoryClusterConfig {
    checkUnit(threshold, "threshold");
    checkUnit(mergeThreshold, "mergeThreshold");
    checkUnit(fragmentMergeThreshold, "fragmentMergeThreshold");
    checkWeight(nameWeight, "nameWeight");
    checkWeight(timeWeight, "timeWeight");
    checkWeight(quantityWeight, "quantityWeight");
    if (!(identityShare >= 0.0 && identityShare < 1.0)) {
      throw new IllegalArgumentException("identityShare must be in [0, 1): " + identityShare);
    }
    checkUnit(yearConflict, "yearConflict");
    if (!(leadConflict >= 0.0 && leadConflict <= 1.0)) {
      throw new IllegalArgumentException("leadConflict must be in [0, 1]: " + leadConflict);
    }
    checkPositive(sample, "sample");
    checkPositive(articleTerms, "articleTerms");
    checkPositive(storyTerms, "storyTerms");
    checkPositive(queryTerms, "queryTerms");
    checkPositive(postings, "postings");
    checkPositive(candidates, "candidates");
    checkPositive(titleWords, "titleWords");
  }

  /** The defaults, tuned on the ECB+ dev split by aggregate score only. */
  public static StoryClusterConfig defaults() {
    return new StoryClusterConfig(
        0.18, 0.14, 0.11, 1.0, 1.0, 1.0, 0.5, 0.7, 1.0, 32, 200, 400, 24, 64, 32, 12);
  }

  /** This config with another join threshold. */
  public StoryClusterConfig withThreshold(double value) {
    Copy copy = new Copy(this);
    copy.threshold = value;
    return copy.build();
  }

  /** This config with another merge threshold for the final pass. */
  public StoryClusterConfig withMergeThreshold(double value) {
    Copy copy = new Copy(this);
    copy.mergeThreshold = value;
    return copy.build();
  }

  /** This config with another merge threshold for fragments without contradictions. */
  public StoryClusterConfig withFragmentMergeThreshold(double value) {
    Copy copy = new Copy(this);
    copy.fragmentMergeThreshold = value;
    return copy.build();
  }

  /** This config with other weights for names, times and quantities. */
  public StoryClusterConfig withWeights(double names, double times, double quantities) {
    Copy copy = new Copy(this);
    copy.nameWeight = names;
    copy.timeWeight = times;
    copy.quantityWeight = quantities;
    return copy.build();
  }

  /** This config with another share of the identity features. */
  public StoryClusterConfig withIdentityShare(double value) {
    Copy copy = new Copy(this);
    copy.identityShare = value;
    return copy.build();
  }

  /** This config with another factor for a conflict of years. */
  public StoryClusterConfig withYearConflict(double value) {
    Copy copy = new Copy(this);
    copy.yearConflict = value;
    return copy.build();
  }

  /** This config with another weight for contradicting leads. */
  public StoryClusterConfig withLeadConflict(double value) {
    Copy copy = new Copy(this);
    copy.leadConflict = value;
    return copy.build();
  }

  /** This config with another title length. */
  public StoryClusterConfig withTitleWords(int value) {
    Copy copy = new Copy(this);
    copy.titleWords = value;
    return copy.build();
  }

  double weight(EventFeatures.Kind kind) {
    return switch (kind) {
      case WORD -> 1.0;
      case NAME -> nameWeight;
      case YEAR, MONTH -> timeWeight;
      case QUANTITY -> quantityWeight;
    };
  }

  private static void checkUnit(double value, String name) {
    if (!(value > 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in (0, 1]: " + value);
    }
  }

  private static void checkWeight(double value, String name) {
    if (!(value >= 0.0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(name + " must be a finite number ≥ 0: " + value);
    }
  }

  private static void checkPositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
  }

  /** A mutable copy of a config, for the {@code with…} methods only. */
  private static final class Copy {
    double threshold;
    double mergeThreshold;
    double fragmentMergeThreshold;
    double nameWeight;
    double timeWeight;
    double quantityWeight;
    double identityShare;
    double yearConflict;
    double leadConflict;
    int sample;
    int articleTerms;
    int storyTerms;
    int queryTerms;
    int postings;
    int candidates;
    int titleWords;

    Copy(StoryClusterConfig config) {
      threshold = config.threshold;
      mergeThreshold = config.mergeThreshold;
      fragmentMergeThreshold = config.fragmentMergeThreshold;
      nameWeight = config.nameWeight;
      timeWeight = config.timeWeight;
      quantityWeight = config.quantityWeight;
      identityShare = config.identityShare;
      yearConflict = config.yearConflict;
      leadConflict = config.leadConflict;
      sample = config.sample;
      articleTerms = config.articleTerms;
      storyTerms = config.storyTerms;
      queryTerms = config.queryTerms;
      postings = config.postings;
      candidates = config.candidates;
      titleWords = config.titleWords;
    }

    StoryClusterConfig build() {
      return new StoryClusterConfig(
          threshold,
          mergeThreshold,
          fragmentMergeThreshold,
          nameWeight,
          timeWeight,
          quantityWeight,
          identityShare,
          yearConflict,
          leadConflict,
          sample,
          articleTerms,
          storyTerms,
          queryTerms,
          postings,
          candidates,
          titleWords);
    }
  }
}
