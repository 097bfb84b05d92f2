package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.Quote;
import org.triangulate.model.QuoteGroup;
import org.triangulate.model.Speaker;

/**
 * Finds quotes of different articles that carry the same statement: their content words, stemmed
 * and with synonyms made one ({@link QuoteWords}), overlap by Jaccard or by containment (a quote
 * trimmed from a longer one counts) at or above a threshold, and their speakers are compatible
 * ({@link SpeakerMatch}). Quotes whose speakers differ, or that have no speaker, join only when
 * near-verbatim ({@link #VERBATIM}), and every two quotes of a group must be compatible or
 * near-verbatim, so that chains of partial overlaps cannot join unrelated speakers. Thus one
 * statement put in different mouths stays one group (and can be reported as a misattribution) while
 * two speakers' merely similar words do not. Two speakerless quotes never join: a sentence both
 * outlets print is a shared fact, not a quote. Groups are the connected sets of such pairs that
 * span two articles or more.
 *
 * <p>Immutable and safe to share across threads.
 */
final class QuoteGrouper {
  /** Containment alone is trusted only for quotes with at least this many content words. */
  private static final int MIN_CONTAINED_WORDS = 3;

  /** The overlap at which two quotes are one statement whoever they are attributed to. */
  static final double VERBATIM = 0.85;

  private final double threshold;

  QuoteGrouper(double threshold) {
    this.threshold = threshold;
  }

  List<QuoteGroup> group(StoryArticles story, EntityResolver.Resolved entities) {
    SpeakerMatch speakers = new SpeakerMatch(entities);
    List<Quote> quotes = new ArrayList<>();
    List<Integer> articleOf = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    List<Set<String>> reworded = new ArrayList<>();
    for (int a = 0; a < story.size(); a++) {
      for (Quote quote : story.get(a).quotes()) {
        quotes.add(quote);
        articleOf.add(a);
        words.add(Words.content(quote.text()));
        reworded.add(QuoteWords.of(quote.text()));
      }
    }
    int[] parent = new int[quotes.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < quotes.size(); i++) {
      for (int j = i + 1; j < quotes.size(); j++) {
        if (articleOf.get(i).equals(articleOf.get(j))
            || SpeakerMatch.speakerless(quotes.get(i)) && SpeakerMatch.speakerless(quotes.get(j))) {
          continue;
        }
        boolean verbatim = same(words.get(i), words.get(j), VERBATIM);
        boolean similar =
            verbatim
                || same(reworded.get(i), reworded.get(j), threshold)
                    && speakers.compatible(quotes.get(i), quotes.get(j));
        if (similar && groupsAgree(parent, quotes, words, speakers, i, j)) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Integer>> components = new LinkedHashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      components.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
    }
    List<QuoteGroup> groups = new ArrayList<>();
    for (List<Integer> members : components.values()) {
      List<Integer> articles = members.stream().map(articleOf::get).distinct().toList();
      if (articles.size() < 2) {
        continue;
      }
      String id = story.story().id() + "/g" + (groups.size() + 1);
      List<String> ids = members.stream().map(i -> quotes.get(i).id()).toList();
      List<Quote> carried = members.stream().map(quotes::get).toList();
      groups.add(new QuoteGroup(id, speaker(carried), ids, story.ids(articles)));
    }
    return groups;
  }

  /**
   * Whether every quote of i's group may carry one statement with every quote of j's: their
   * speakers are compatible, or their words are near-verbatim the same.
   */
  private static boolean groupsAgree(
      int[] parent,
      List<Quote> quotes,
      List<Set<String>> words,
      SpeakerMatch speakers,
      int i,
      int j) {
    int rootI = find(parent, i);
    int rootJ = find(parent, j);
    for (int x = 0; x < quotes.size(); x++) {
      if (find(parent, x) != rootI) {
        continue;
      }
      for (int y = 0; y < quotes.size(); y++) {
        if (find(parent, y) == rootJ
            && !speakers.compatible(quotes.get(x), quotes.get(y))
            && !same(words.get(x), words.get(y), VERBATIM)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean same(Set<String> a, Set<String> b, double threshold) {
    if (Words.jaccard(a, b) >= threshold) {
      return true;
    }
    return Math.min(a.size(), b.size()) >= MIN_CONTAINED_WORDS
        && Words.containment(a, b) >= threshold;
  }

  /** The most common resolved speaker name; ties go to the one named first. */
  private static Optional<String> speaker(List<Quote> quotes) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Quote quote : quotes) {
      quote
          .speaker()
          .flatMap(Speaker::name)
          .map(String::strip)
          .filter(n -> !n.isEmpty())
          .ifPresent(n -> counts.merge(n, 1, Integer::sum));
    }
    String best = null;
    int bestCount = 0;
    for (var entry : counts.entrySet()) {
      if (entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    // The lower index stays the root, so components keep their first quote's place.
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }
}
