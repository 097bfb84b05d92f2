package org.triangulate.corroborate;

/**
 * Thresholds of {@link StandardCorroborator}: an immutable value, validated when built.
 *
 * @param quoteSimilarity the content-word overlap (the larger of containment and Jaccard) two
 *     quotes need to carry the same statement, in (0, 1]
 * @param claimSimilarity the similarity two claims need to state the same fact, in (0, 2]
 * @param quantityTolerance the relative difference beyond which two values of one measured thing
 *     conflict ({@code 0.15} is 15%), in [0, 1)
 * @param contextOverlap the overlap coefficient the words around two quantities need for them to
 *     measure the same thing, in (0, 1]
 * @param timelineSimilarity the Dice overlap two dated sentences of one day need to be one event,
 *     in [0, 1]
 * @param summarySimilarity the Dice overlap at which two sentences say the same thing, in (0, 1]
 * @param summarySentences the most sentences a summary holds, at least 1
 */
public record CorroborationConfig(
    double quoteSimilarity,
    double claimSimilarity,
    double quantityTolerance,
    double contextOverlap,
    double timelineSimilarity,
    double summarySimilarity,
    int summarySentences) {
  public CorroborationConfig {
    check(quoteSimilarity > 0 && quoteSimilarity <= 1, "quoteSimilarity", quoteSimilarity);
    check(claimSimilarity > 0 && claimSimilarity <= 2, "claimSimilarity", claimSimilarity);
    check(quantityTolerance >= 0 && quantityTolerance < 1, "quantityTolerance", quantityTolerance);
    check(contextOverlap > 0 && contextOverlap <= 1, "contextOverlap", contextOverlap);
    check(
        timelineSimilarity >= 0 && timelineSimilarity <= 1,
        "timelineSimilarity",
        timelineSimilarity);
    check(summarySimilarity > 0 && summarySimilarity <= 1, "summarySimilarity", summarySimilarity);
    check(summarySentences >= 1, "summarySentences", summarySentences);
  }

  private static void check(boolean ok, String name, double value) {
    if (!ok) {
      throw new IllegalArgumentException(name + " out of range: " + value);
    }
  }

  /**
   * The defaults: quotes 0.6, claims 0.4, tolerance 15%, context 0.4, timeline 0.2, summary 0.5, 5
   * sentences.
   */
  public static CorroborationConfig defaults() {
    return new CorroborationConfig(0.6, 0.4, 0.15, 0.4, 0.2, 0.5, 5);
  }

  /** This config with another quote-grouping threshold. */
  public CorroborationConfig withQuoteSimilarity(double value) {
    return new CorroborationConfig(
        value,
        claimSimilarity,
        quantityTolerance,
        contextOverlap,
        timelineSimilarity,
        summarySimilarity,
        summarySentences);
  }

  /** This config with another claim-alignment threshold. */
  public CorroborationConfig withClaimSimilarity(double value) {
    return new CorroborationConfig(
        quoteSimilarity,
        value,
        quantityTolerance,
        contextOverlap,
        timelineSimilarity,
        summarySimilarity,
        summarySentences);
  }

  /** This config with another relative tolerance for values of one measured thing. */
  public CorroborationConfig withQuantityTolerance(double value) {
    return new CorroborationConfig(
        quoteSimilarity,
        claimSimilarity,
        value,
        contextOverlap,
        timelineSimilarity,
        summarySimilarity,
        summarySentences);
  }

  /** This config with another summary length. */
  public CorroborationConfig withSummarySentences(int value) {
    return new CorroborationConfig(
        quoteSimilarity,
        claimSimilarity,
        quantityTolerance,
        contextOverlap,
        timelineSimilarity,
        summarySimilarity,
        value);
  }
}
