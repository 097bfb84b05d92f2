package org.triangulate.stories;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sparse vector of term weights: term ids in increasing order with their weights.
 *
 * <p>Immutable and safe to share across threads.
 */
final class SparseVector {
  private final int[] ids;
  private final double[] weights;

  private SparseVector(int[] ids, double[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  /** A vector from term id to weight; zero weights are dropped. */
  static SparseVector of(Map<Integer, Double> weightsById) {
    TreeMap<Integer, Double> sorted = new TreeMap<>(weightsById);
    sorted.values().removeIf(w -> w == 0.0);
    int[] ids = new int[sorted.size()];
    double[] weights = new double[sorted.size()];
    int i = 0;
    for (var entry : sorted.entrySet()) {
      ids[i] = entry.getKey();
      weights[i] = entry.getValue();
      i++;
    }
    return new SparseVector(ids, weights);
  }

  int size() {
    return ids.length;
  }

  int id(int index) {
    return ids[index];
  }

  double weight(int index) {
    return weights[index];
  }

  /** This vector scaled to unit length; an all-zero vector stays as it is. */
  SparseVector normalized() {
    double norm = Math.sqrt(dot(this));
    if (norm == 0.0) {
      return this;
    }
    double[] scaled = Arrays.copyOf(weights, weights.length);
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] /= norm;
    }
    return new SparseVector(ids, scaled);
  }

  /** The dot product with {@code other}, by merging the two sorted id lists. */
  double dot(SparseVector other) {
    double sum = 0.0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        sum += weights[i++] * other.weights[j++];
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }
}
