package org.triangulate.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.EntityMention;

/**
 * The TF-IDF vectors and entity-name sets of one batch of articles.
 *
 * <p>Vectors hold the content words of title and text with sublinear term frequency ({@code 1 + ln
 * tf}) and smoothed inverse document frequency ({@code 1 + ln((1 + n) / (1 + df))}), scaled to unit
 * length. Term ids are assigned in order of first occurrence, so the result is deterministic.
 * Immutable once built; safe to share across threads.
 */
final class ArticleVectors {
  private final List<SparseVector> vectors;
  private final List<Set<String>> entityNames;

  private ArticleVectors(List<SparseVector> vectors, List<Set<String>> entityNames) {
    this.vectors = List.copyOf(vectors);
    this.entityNames = List.copyOf(entityNames);
  }

  /** Builds the vectors of {@code articles} with {@code words} as the tokenizer. */
  static ArticleVectors of(List<AnalyzedArticle> articles, ContentWords words) {
    Map<String, Integer> termIds = new HashMap<>();
    List<Map<Integer, Integer>> counts = new ArrayList<>();
    List<Set<String>> names = new ArrayList<>();
    for (AnalyzedArticle article : articles) {
      Map<Integer, Integer> tf = new HashMap<>();
      String title = article.article().title().orElse("");
      for (String word : words.of(title + "\n" + article.text())) {
        int id = termIds.computeIfAbsent(word, w -> termIds.size());
        tf.merge(id, 1, Integer::sum);
      }
      counts.add(tf);
      Set<String> entityNames = new TreeSet<>();
      for (EntityMention mention : article.entities()) {
        entityNames.add(ContentWords.fold(mention.name().strip()));
      }
      names.add(entityNames);
    }
    int[] documentFrequency = new int[termIds.size()];
    for (Map<Integer, Integer> tf : counts) {
      for (int id : tf.keySet()) {
        documentFrequency[id]++;
      }
    }
    int n = articles.size();
    List<SparseVector> vectors = new ArrayList<>(n);
    for (Map<Integer, Integer> tf : counts) {
      Map<Integer, Double> weights = new HashMap<>();
      for (var entry : tf.entrySet()) {
        double idf = 1.0 + Math.log((1.0 + n) / (1.0 + documentFrequency[entry.getKey()]));
        weights.put(entry.getKey(), (1.0 + Math.log(entry.getValue())) * idf);
      }
      vectors.add(SparseVector.of(weights).normalized());
    }
    return new ArticleVectors(vectors, names);
  }

  int size() {
    return vectors.size();
  }

  SparseVector vector(int index) {
    return vectors.get(index);
  }

  /**
   * The pairwise similarities: TF-IDF cosine plus {@code entityBoost} times the Jaccard overlap of
   * entity names. Dot products are summed over an inverted index, so only pairs that share a term
   * cost anything beyond the O(n²) matrix.
   */
  float[][] similarities(double entityBoost) {
    int n = vectors.size();
    float[][] sim = new float[n][n];
    Map<Integer, List<int[]>> postings = new HashMap<>();
    for (int doc = 0; doc < n; doc++) {
      SparseVector v = vectors.get(doc);
      for (int k = 0; k < v.size(); k++) {
        postings.computeIfAbsent(v.id(k), id -> new ArrayList<>()).add(new int[] {doc, k});
      }
    }
    double[] row = new double[n];
    for (int doc = 0; doc < n; doc++) {
      java.util.Arrays.fill(row, 0.0);
      SparseVector v = vectors.get(doc);
      for (int k = 0; k < v.size(); k++) {
        for (int[] posting : postings.get(v.id(k))) {
          if (posting[0] > doc) {
            row[posting[0]] += v.weight(k) * vectors.get(posting[0]).weight(posting[1]);
          }
        }
      }
      for (int other = doc + 1; other < n; other++) {
        double value =
            row[other] + entityBoost * jaccard(entityNames.get(doc), entityNames.get(other));
        sim[doc][other] = (float) value;
        sim[other][doc] = (float) value;
      }
    }
    return sim;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    int shared = 0;
    for (String name : a) {
      if (b.contains(name)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }
}
