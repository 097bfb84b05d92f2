package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.triangulate.model.SummarySentence;

/**
 * Picks a story's summary: sentences ranked by how many articles carry a similar sentence (the
 * corroborated core first), then by how early they come in their article, then by story order; a
 * sentence too similar to one already picked is left out. Each sentence is verbatim from one
 * article and cites every article that carries it.
 *
 * <p>Compares the pairs of sentences that share a content word (found through an index from words
 * to sentences), which in the worst case is every pair: O(s²) for s sentences in the story.
 * Immutable and safe to share across threads.
 */
final class SummaryBuilder {
  /** Sentences with fewer content words are too short to summarise anything. */
  private static final int MIN_WORDS = 4;

  private final double similarity;
  private final int size;

  SummaryBuilder(double similarity, int size) {
    this.similarity = similarity;
    this.size = size;
  }

  private record Candidate(Statement sentence, Set<Integer> articles) {}

  /**
   * For each sentence, its article and those of the sentences of other articles whose content words
   * have a Dice overlap with its own of at least the threshold. Counts shared words through an
   * index from each word to the sentences that hold it, so that only sentences sharing a word are
   * ever compared; the overlaps are exactly those of {@link Words#dice}.
   */
  private List<Set<Integer>> carriers(List<Statement> usable) {
    Map<String, List<Integer>> holders = new HashMap<>();
    for (int i = 0; i < usable.size(); i++) {
      for (String word : usable.get(i).words()) {
        holders.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
      }
    }
    int[] shared = new int[usable.size()];
    List<Integer> touched = new ArrayList<>();
    List<Set<Integer>> carriers = new ArrayList<>();
    for (int i = 0; i < usable.size(); i++) {
      Statement s = usable.get(i);
      for (String word : s.words()) {
        for (int j : holders.get(word)) {
          if (shared[j]++ == 0) {
            touched.add(j);
          }
        }
      }
      Set<Integer> articles = new TreeSet<>();
      articles.add(s.article());
      for (int j : touched) {
        Statement t = usable.get(j);
        double dice = 2.0 * shared[j] / (s.words().size() + t.words().size());
        if (t.article() != s.article() && dice >= similarity) {
          articles.add(t.article());
        }
        shared[j] = 0;
      }
      touched.clear();
      carriers.add(articles);
    }
    return carriers;
  }

  List<SummarySentence> build(List<Statement> sentences, StoryArticles story) {
    List<Statement> usable = sentences.stream().filter(s -> s.words().size() >= MIN_WORDS).toList();
    List<Candidate> candidates = new ArrayList<>();
    List<Set<Integer>> carriers = carriers(usable);
    for (int i = 0; i < usable.size(); i++) {
      candidates.add(new Candidate(usable.get(i), carriers.get(i)));
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> -c.articles().size())
            .thenComparingInt(c -> c.sentence().index())
            .thenComparingInt(c -> c.sentence().article()));
    List<Candidate> picked = new ArrayList<>();
    for (Candidate c : candidates) {
      if (picked.size() == size) {
        break;
      }
      boolean redundant =
          picked.stream()
              .anyMatch(p -> Words.dice(p.sentence().words(), c.sentence().words()) >= similarity);
      if (!redundant) {
        picked.add(c);
      }
    }
    return picked.stream()
        .map(c -> new SummarySentence(c.sentence().text(), story.ids(c.articles())))
        .toList();
  }
}
