package org.triangulate.server.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An inverted index from {@link Terms terms} to the ordinals (0, 1, 2, ... in the order added) of
 * the articles that hold them.
 *
 * <p>One writer adds articles ({@link #add}); any number of readers search at the same time. Each
 * term's postings are an immutable sorted array replaced whole, so a reader sees either the old or
 * the new array; readers pass the number of articles their snapshot holds and ignore later
 * ordinals.
 */
final class SearchIndex {
  private static final int[] NONE = new int[0];

  private final ConcurrentHashMap<String, int[]> postings = new ConcurrentHashMap<>();

  /** Indexes a batch of articles: {@code texts.get(i)} is the text of ordinal {@code first + i}. */
  void add(int first, List<String> texts) {
    Map<String, List<Integer>> fresh = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      for (String term : Terms.of(texts.get(i))) {
        fresh.computeIfAbsent(term, t -> new ArrayList<>()).add(first + i);
      }
    }
    for (var entry : fresh.entrySet()) {
      int[] old = postings.getOrDefault(entry.getKey(), NONE);
      int[] merged = Arrays.copyOf(old, old.length + entry.getValue().size());
      int at = old.length;
      for (int ordinal : entry.getValue()) {
        merged[at++] = ordinal;
      }
      postings.put(entry.getKey(), merged);
    }
  }

  /** How many articles below {@code limit} hold {@code term}. */
  int frequency(String term, int limit) {
    return count(postings.getOrDefault(term, NONE), limit);
  }

  /**
   * The ordinals below {@code limit} of the articles holding every term of {@code query}, newest
   * first; empty when the query has no terms.
   */
  List<Integer> matchAll(Set<String> query, int limit) {
    if (query.isEmpty()) {
      return List.of();
    }
    int[] result = null;
    for (String term : query) {
      int[] list = postings.getOrDefault(term, NONE);
      result = result == null ? Arrays.copyOf(list, count(list, limit)) : intersect(result, list);
      if (result.length == 0) {
        return List.of();
      }
    }
    List<Integer> ordinals = new ArrayList<>(result.length);
    for (int i = result.length - 1; i >= 0; i--) {
      ordinals.add(result[i]);
    }
    return ordinals;
  }

  /** The ordinals below {@code limit} holding {@code term}, oldest first. */
  int[] postings(String term, int limit) {
    int[] list = postings.getOrDefault(term, NONE);
    return Arrays.copyOf(list, count(list, limit));
  }

  private static int count(int[] sorted, int limit) {
    int index = Arrays.binarySearch(sorted, limit);
    return index >= 0 ? index : -index - 1;
  }

  private static int[] intersect(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        out[n++] = a[i];
        i++;
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
