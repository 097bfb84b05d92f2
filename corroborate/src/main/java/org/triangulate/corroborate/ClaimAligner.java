package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the claims of a story's articles into facts: claims of different articles that state the
 * same thing.
 *
 * <p>Similarity is the Dice overlap of content words, plus 0.1 for each shared entity name (up to
 * two) and 0.1 when both hold a quantity of one dimension; two claims with quantities that measure
 * the same thing are aligned outright. Claims are taken in story order and each joins the group
 * with the best average similarity at or above the threshold that holds no claim of its article,
 * else starts a group. Immutable and safe to share across threads.
 */
final class ClaimAligner {
  private final double threshold;
  private final QuantityComparison quantities;

  ClaimAligner(double threshold, QuantityComparison quantities) {
    this.threshold = threshold;
    this.quantities = quantities;
  }

  List<List<Statement>> align(List<Statement> claims) {
    List<List<Statement>> groups = new ArrayList<>();
    for (Statement claim : claims) {
      List<Statement> best = null;
      double bestScore = threshold;
      for (List<Statement> group : groups) {
        if (group.stream().anyMatch(s -> s.article() == claim.article())) {
          continue;
        }
        double score = group.stream().mapToDouble(s -> similarity(s, claim)).average().orElse(0);
        if (score >= bestScore && (best == null || score > bestScore)) {
          best = group;
          bestScore = score;
        }
      }
      if (best == null) {
        groups.add(new ArrayList<>(List.of(claim)));
      } else {
        best.add(claim);
      }
    }
    return groups;
  }

  double similarity(Statement s, Statement t) {
    double score = Words.dice(s.words(), t.words());
    score += 0.1 * Math.min(2, Words.shared(s.entityNames(), t.entityNames()));
    if (sharesDimension(s, t)) {
      score += 0.1;
    }
    if (quantities.shareMeasuredThing(s, t)) {
      score = Math.max(score, 1.0);
    }
    return score;
  }

  private static boolean sharesDimension(Statement s, Statement t) {
    for (Statement.Measured a : s.quantities()) {
      for (Statement.Measured b : t.quantities()) {
        if (a.dimension().equals(b.dimension())) {
          return true;
        }
      }
    }
    return false;
  }
}
