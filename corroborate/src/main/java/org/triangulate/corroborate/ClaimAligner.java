package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the claims of a story's articles into facts: claims of different articles that state the
 * same thing.
 *
 * <p>Similarity is the Dice overlap of content words, plus 0.1 for each shared entity name (up to
 * two) and 0.1 when both hold a quantity of one dimension; two claims with quantities that measure
 * the same thing are aligned outright. Claims are taken in story order and each joins the group
 * with the best average similarity at or above the threshold that holds no claim of its article,
 * else starts a group. Words and names are compared as sorted integer ids within one call of {@link
 * #align}, which is quadratic in the number of claims. Immutable and safe to share across threads.
 */
final class ClaimAligner {
  private final double threshold;
  private final QuantityComparison quantities;

  ClaimAligner(double threshold, QuantityComparison quantities) {
    this.threshold = threshold;
    this.quantities = quantities;
  }

  List<List<Statement>> align(List<Statement> claims) {
    Map<String, Integer> ids = new HashMap<>();
    int[][] words = new int[claims.size()][];
    int[][] names = new int[claims.size()][];
    for (int i = 0; i < claims.size(); i++) {
      words[i] = sortedIds(claims.get(i).words(), ids);
      names[i] = sortedIds(claims.get(i).entityNames(), ids);
    }
    List<List<Integer>> groups = new ArrayList<>();
    List<java.util.BitSet> articlesOf = new ArrayList<>();
    for (int c = 0; c < claims.size(); c++) {
      Statement claim = claims.get(c);
      int best = -1;
      double bestScore = threshold;
      for (int g = 0; g < groups.size(); g++) {
        List<Integer> group = groups.get(g);
        if (articlesOf.get(g).get(claim.article())) {
          continue;
        }
        double sum = 0;
        for (int m : group) {
          sum += similarity(claims.get(m), claim, words[m], words[c], names[m], names[c]);
        }
        double score = sum / group.size();
        if (score >= bestScore && (best < 0 || score > bestScore)) {
          best = g;
          bestScore = score;
        }
      }
      if (best < 0) {
        groups.add(new ArrayList<>(List.of(c)));
        articlesOf.add(new java.util.BitSet());
        best = groups.size() - 1;
      } else {
        groups.get(best).add(c);
      }
      articlesOf.get(best).set(claim.article());
    }
    List<List<Statement>> aligned = new ArrayList<>();
    for (List<Integer> group : groups) {
      aligned.add(new ArrayList<>(group.stream().map(claims::get).toList()));
    }
    return aligned;
  }

  /** The ids of {@code values} in increasing order, new values getting the next free id. */
  private static int[] sortedIds(java.util.Set<String> values, Map<String, Integer> ids) {
    int[] out = new int[values.size()];
    int k = 0;
    for (String value : values) {
      out[k++] = ids.computeIfAbsent(value, v -> ids.size());
    }
    Arrays.sort(out);
    return out;
  }

  /** |a ∩ b| of two sorted arrays of distinct ids. */
  private static int shared(int[] a, int[] b) {
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** {@link #similarity(Statement, Statement)} with the word and name sets given as sorted ids. */
  private double similarity(
      Statement s, Statement t, int[] sWords, int[] tWords, int[] sNames, int[] tNames) {
    int total = sWords.length + tWords.length;
    double score = total == 0 ? 0.0 : 2.0 * shared(sWords, tWords) / total;
    score += 0.1 * Math.min(2, shared(sNames, tNames));
    return withQuantities(score, s, t);
  }

  double similarity(Statement s, Statement t) {
    double score = Words.dice(s.words(), t.words());
    score += 0.1 * Math.min(2, Words.shared(s.entityNames(), t.entityNames()));
    return withQuantities(score, s, t);
  }

  private double withQuantities(double lexical, Statement s, Statement t) {
    double score = lexical;
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
