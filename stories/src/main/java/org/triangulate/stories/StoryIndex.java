package org.triangulate.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * An inverted index from term ids to the stories most recently indexed under them.
 *
 * <p>Each term keeps a ring of at most {@code postings} story numbers, so a lookup costs at most
 * {@code terms × postings} steps whatever the size of the corpus. Mutable and not thread-safe.
 */
final class StoryIndex {
  private final int capacity;
  private int[][] rings = new int[1024][];
  private int[] written = new int[1024];

  StoryIndex(int capacity) {
    this.capacity = capacity;
  }

  /** Indexes {@code story} under each of {@code terms}. */
  void add(int[] terms, int story) {
    for (int term : terms) {
      if (term >= rings.length) {
        int length = Math.max(rings.length * 2, term + 1);
        rings = Arrays.copyOf(rings, length);
        written = Arrays.copyOf(written, length);
      }
      int[] ring = rings[term];
      int count = written[term];
      if (count > 0 && ring[(count - 1) % capacity] == story) {
        continue;
      }
      if (ring == null) {
        ring = new int[Math.min(4, capacity)];
        rings[term] = ring;
      } else if (count < capacity && count == ring.length) {
        ring = Arrays.copyOf(ring, Math.min(capacity, ring.length * 2));
        rings[term] = ring;
      }
      ring[count % capacity] = story;
      written[term] = count + 1;
    }
  }

  /**
   * The stories indexed under {@code terms}, mapped through {@code root}, the {@code limit} that
   * share the most terms first (ties to the lower story number).
   */
  List<Integer> candidates(int[] terms, IntUnaryOperator root, int limit) {
    Map<Integer, Integer> hits = new HashMap<>();
    for (int term : terms) {
      if (term >= rings.length || rings[term] == null) {
        continue;
      }
      int[] ring = rings[term];
      int stored = Math.min(written[term], capacity);
      int last = -1;
      for (int k = 0; k < stored; k++) {
        int story = root.applyAsInt(ring[k]);
        if (story != last) {
          hits.merge(story, 1, Integer::sum);
          last = story;
        }
      }
    }
    List<Integer> stories = new ArrayList<>(hits.keySet());
    stories.sort(
        (a, b) -> {
          int byHits = Integer.compare(hits.get(b), hits.get(a));
          return byHits != 0 ? byHits : Integer.compare(a, b);
        });
    return stories.size() > limit ? stories.subList(0, limit) : stories;
  }
}
