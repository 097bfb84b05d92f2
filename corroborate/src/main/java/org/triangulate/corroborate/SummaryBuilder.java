package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.triangulate.model.SummarySentence;

/**
 * Picks a story's summary: sentences ranked by how many articles carry a similar sentence (the
 * corroborated core first), then by how early they come in their article, then by story order; a
 * sentence too similar to one already picked is left out. Each sentence is verbatim from one
 * article and cites every article that carries it.
 *
 * <p>Compares every pair of sentences: O(s²) for s sentences in the story. Immutable and safe to
 * share across threads.
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

  List<SummarySentence> build(List<Statement> sentences, StoryArticles story) {
    List<Statement> usable = sentences.stream().filter(s -> s.words().size() >= MIN_WORDS).toList();
    List<Candidate> candidates = new ArrayList<>();
    for (Statement s : usable) {
      Set<Integer> articles = new TreeSet<>();
      articles.add(s.article());
      for (Statement t : usable) {
        if (t.article() != s.article() && Words.dice(s.words(), t.words()) >= similarity) {
          articles.add(t.article());
        }
      }
      candidates.add(new Candidate(s, articles));
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
