package org.triangulate.stories;

import java.util.Arrays;

/**
 * A compact sparse vector: term ids in increasing order with float weights.
 *
 * <p>Immutable and safe to share across threads.
 */
final class TermVector {
  static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

  private final int[] ids;
  private final float[] weights;

  private TermVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  /**
   * A vector from parallel arrays of ids and weights in any order; ids must be distinct. Keeps the
   * {@code limit} heaviest terms (ties to the lower id), so a vector's size stays bounded.
   */
  static TermVector of(int[] ids, float[] weights, int size, int limit) {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    int kept = size;
    if (size > limit) {
      Arrays.sort(
          order,
          (a, b) -> {
            int byWeight = Float.compare(weights[b], weights[a]);
            return byWeight != 0 ? byWeight : Integer.compare(ids[a], ids[b]);
          });
      kept = limit;
    }
    Integer[] top = Arrays.copyOf(order, kept);
    Arrays.sort(top, (a, b) -> Integer.compare(ids[a], ids[b]));
    int[] outIds = new int[kept];
    float[] outWeights = new float[kept];
    for (int i = 0; i < kept; i++) {
      outIds[i] = ids[top[i]];
      outWeights[i] = weights[top[i]];
    }
    return new TermVector(outIds, outWeights);
  }

  int size() {
    return ids.length;
  }

  int id(int index) {
    return ids[index];
  }

  float weight(int index) {
    return weights[index];
  }

  /** Whether this vector holds term {@code id}. */
  boolean contains(int id) {
    return Arrays.binarySearch(ids, id) >= 0;
  }

  /** The Euclidean length. */
  double norm() {
    double sum = 0.0;
    for (float w : weights) {
      sum += (double) w * w;
    }
    return Math.sqrt(sum);
  }

  /** This vector scaled by {@code factor}. */
  TermVector scaled(double factor) {
    float[] out = new float[weights.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (weights[i] * factor);
    }
    return new TermVector(ids, out);
  }

  /** The dot product, by merging the two sorted id lists. */
  double dot(TermVector other) {
    double sum = 0.0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        sum += (double) weights[i++] * other.weights[j++];
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** {@code this + factor * other}, keeping at most {@code limit} terms (the heaviest). */
  TermVector plus(TermVector other, double factor, int limit) {
    int[] outIds = new int[ids.length + other.ids.length];
    float[] outWeights = new float[outIds.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length || j < other.ids.length) {
      if (j >= other.ids.length || (i < ids.length && ids[i] < other.ids[j])) {
        outIds[n] = ids[i];
        outWeights[n++] = weights[i++];
      } else if (i >= ids.length || other.ids[j] < ids[i]) {
        outIds[n] = other.ids[j];
        outWeights[n++] = (float) (factor * other.weights[j++]);
      } else {
        outIds[n] = ids[i];
        outWeights[n++] = (float) (weights[i++] + factor * other.weights[j++]);
      }
    }
    int kept = 0;
    for (int k = 0; k < n; k++) {
      if (outWeights[k] > 1e-7f) {
        outIds[kept] = outIds[k];
        outWeights[kept++] = outWeights[k];
      }
    }
    if (kept <= limit) {
      return new TermVector(Arrays.copyOf(outIds, kept), Arrays.copyOf(outWeights, kept));
    }
    return of(outIds, outWeights, kept, limit);
  }

  /** The ids of the {@code count} heaviest terms, heaviest first (ties to the lower id). */
  int[] heaviest(int count) {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byWeight = Float.compare(weights[b], weights[a]);
          return byWeight != 0 ? byWeight : Integer.compare(ids[a], ids[b]);
        });
    int n = Math.min(count, order.length);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = ids[order[i]];
    }
    return out;
  }
}
