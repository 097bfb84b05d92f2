package org.triangulate.stories;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Feature keys numbered in order of first sight, with how many articles hold each (document
 * frequency) and an inverse document frequency that follows the articles seen so far.
 *
 * <p>Mutable and not thread-safe.
 */
final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private int[] documentFrequency = new int[1024];
  private boolean[] years = new boolean[1024];
  private int documents;

  /** Counts one article's distinct feature keys. */
  void count(Iterable<String> keys) {
    documents++;
    for (String key : keys) {
      int id = id(key);
      documentFrequency[id]++;
    }
  }

  /** The id of {@code key}, numbering it when new. */
  int id(String key) {
    Integer known = ids.get(key);
    if (known != null) {
      return known;
    }
    int id = ids.size();
    ids.put(key, id);
    if (id >= documentFrequency.length) {
      documentFrequency = Arrays.copyOf(documentFrequency, documentFrequency.length * 2);
      years = Arrays.copyOf(years, years.length * 2);
    }
    years[id] = EventFeatures.Kind.of(key) == EventFeatures.Kind.YEAR;
    return id;
  }

  /** The smoothed inverse document frequency {@code 1 + ln((1 + n) / (1 + df))}. */
  double idf(int id) {
    return 1.0 + Math.log((1.0 + documents) / (1.0 + documentFrequency[id]));
  }

  /** Whether term {@code id} is a year. */
  boolean isYear(int id) {
    return years[id];
  }

  int documents() {
    return documents;
  }

  int size() {
    return ids.size();
  }
}
