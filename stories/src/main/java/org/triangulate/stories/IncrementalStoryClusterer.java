package org.triangulate.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.NearDuplicate;
import org.triangulate.model.Story;

/**
 * Groups articles into stories as they arrive: each article joins the story it is closest to, or
 * starts a new one, without recomputing what came before.
 *
 * <p>An article is a unit vector of {@link EventFeatures} weighted by rarity (sublinear count times
 * inverse document frequency) and by kind ({@link StoryClusterConfig}); its content words and its
 * identity features (names, times, quantities) are normalised apart and share the vector by {@link
 * StoryClusterConfig#identityShare()}, and only its heaviest terms are kept. A story is the sum of
 * its articles' vectors, cut to its heaviest terms. Its similarity to an article is the average
 * link, {@code article · sum / size}, cut by {@link StoryClusterConfig#yearConflict()} when both
 * name years and share none, and by {@link StoryClusterConfig#leadConflict()} times the square root
 * of the share of the story's members (a bounded sample) whose lead contradicts the article's
 * ({@link LeadFacts}): another protagonist or another magnitude in the lead. Candidate stories are
 * found through an inverted index from an article's heaviest terms to the stories most recently
 * indexed under them, each term remembering a bounded number of stories, so the cost of an article
 * does not grow with the corpus. A near-duplicate ({@link NearDuplicateDetector}) joins the story
 * of the article it copies, unless their leads contradict each other.
 *
 * <p>{@link #stories()} runs a bounded final pass before it reports: every article is moved once to
 * a candidate story that fits it better than its own, then stories whose average link reaches
 * {@link StoryClusterConfig#mergeThreshold()} are merged, each pass looking only at index
 * candidates; a fragment of a few articles that no member of a larger story contradicts merges into
 * it at the lower {@link StoryClusterConfig#fragmentMergeThreshold()}. Mutable and not thread-safe;
 * deterministic for a given order of arrival.
 */
public final class IncrementalStoryClusterer {
  private static final int MERGE_ROUNDS = 3;

  /** The most articles of a story that may merge at the fragment threshold. */
  static final int FRAGMENT_SIZE = 3;

  private final StoryClusterConfig config;
  private final EventFeatures features = new EventFeatures(ContentWords.standard());
  private final Vocabulary vocabulary;
  private final boolean countsOnAdd;
  private final NearDuplicateDetector detector = NearDuplicateDetector.standard();
  private final List<NearDuplicate> duplicates = new ArrayList<>();
  private final Map<String, Integer> indexById = new HashMap<>();
  private final List<ArticleSummary> summaries = new ArrayList<>();
  private final List<TermVector> vectors = new ArrayList<>();
  private final List<int[]> queries = new ArrayList<>();
  private final List<LeadFacts> facts = new ArrayList<>();
  private final List<List<Integer>> members = new ArrayList<>();
  private final StoryIndex index;
  private int[] storyOf = new int[1024];
  private final List<TermVector> centroids = new ArrayList<>();
  private int[] sizes = new int[1024];
  private int[] parent = new int[1024];

  /** An empty clusterer with {@code config}; document frequencies grow with the articles added. */
  public IncrementalStoryClusterer(StoryClusterConfig config) {
    this(config, new Vocabulary(), true);
  }

  private IncrementalStoryClusterer(
      StoryClusterConfig config, Vocabulary vocabulary, boolean countsOnAdd) {
    this.config = Objects.requireNonNull(config, "config");
    this.vocabulary = vocabulary;
    this.countsOnAdd = countsOnAdd;
    this.index = new StoryIndex(config.postings());
  }

  /** A clusterer whose document frequencies were counted beforehand over a whole batch. */
  static IncrementalStoryClusterer withCounts(StoryClusterConfig config, Vocabulary counted) {
    return new IncrementalStoryClusterer(config, counted, false);
  }

  /**
   * Adds one article: it joins a story or starts a new one.
   *
   * @return the number of the story it joined, valid until the next {@link #stories()}
   * @throws IllegalArgumentException when an article with the same id was added before
   */
  public int add(AnalyzedArticle article) {
    return add(article, features.of(article));
  }

  int add(AnalyzedArticle article, Map<String, Integer> counts) {
    if (indexById.putIfAbsent(article.id(), summaries.size()) != null) {
      throw new IllegalArgumentException("duplicate article id: " + article.id());
    }
    if (countsOnAdd) {
      vocabulary.count(counts.keySet());
    }
    int at = summaries.size();
    summaries.add(ArticleSummary.of(article, config.titleWords()));
    TermVector vector = weigh(counts);
    vectors.add(vector);
    int[] query = vector.heaviest(config.queryTerms());
    queries.add(query);
    LeadFacts lead = LeadFacts.of(article, counts, vocabulary, ContentWords.standard());
    facts.add(lead);
    String text = article.article().title().orElse("") + "\n" + article.text();
    // A template filled with another name or figure (a results page, a bulletin) is no copy.
    Optional<NearDuplicate> copy =
        detector
            .add(article.id(), text)
            .filter(c -> !lead.contradicts(facts.get(indexById.get(c.copyOf()))));
    int story;
    if (copy.isPresent()) {
      duplicates.add(copy.get());
      story = root(storyOf[indexById.get(copy.get().copyOf())]);
    } else {
      story = best(at, -1, query).orElseGet(this::newStory);
    }
    join(at, story);
    return story;
  }

  /** The near-duplicates found so far, in order of arrival of the copy. */
  public List<NearDuplicate> duplicates() {
    return List.copyOf(duplicates);
  }

  /** How many articles were added. */
  public int size() {
    return summaries.size();
  }

  /**
   * Runs the bounded final pass (move, then merge) and returns the stories: ids {@code s1, s2, ...}
   * in the order of each story's first article, articles in time order.
   */
  public List<Story> stories() {
    reassign();
    merge();
    Map<Integer, List<Integer>> groups = new HashMap<>();
    List<List<Integer>> ordered = new ArrayList<>();
    for (int i = 0; i < summaries.size(); i++) {
      List<Integer> group =
          groups.computeIfAbsent(
              root(storyOf[i]),
              s -> {
                List<Integer> created = new ArrayList<>();
                ordered.add(created);
                return created;
              });
      group.add(i);
    }
    return StoryAssembler.withDuplicates(
        StoryAssembler.assemble(ordered, summaries, this::byTypicality), duplicates);
  }

  private TermVector weigh(Map<String, Integer> counts) {
    int[] ids = new int[counts.size()];
    float[] weights = new float[counts.size()];
    boolean[] identity = new boolean[counts.size()];
    int n = 0;
    for (var entry : counts.entrySet()) {
      EventFeatures.Kind kind = EventFeatures.Kind.of(entry.getKey());
      double weight = config.weight(kind);
      if (weight > 0.0) {
        int id = vocabulary.id(entry.getKey());
        ids[n] = id;
        identity[n] = kind != EventFeatures.Kind.WORD;
        weights[n++] = (float) ((1.0 + Math.log(entry.getValue())) * vocabulary.idf(id) * weight);
      }
    }
    // Words and identity are scaled to lengths √(1 − share) and √share, so that the dot product of
    // two articles is the share-weighted sum of their two cosines.
    double[] squares = new double[2];
    for (int k = 0; k < n; k++) {
      squares[identity[k] ? 1 : 0] += (double) weights[k] * weights[k];
    }
    double share = config.identityShare();
    if (share > 0.0 && squares[0] > 0.0 && squares[1] > 0.0) {
      double words = Math.sqrt((1.0 - share) / squares[0]);
      double names = Math.sqrt(share / squares[1]);
      for (int k = 0; k < n; k++) {
        weights[k] = (float) (weights[k] * (identity[k] ? names : words));
      }
    }
    TermVector vector = TermVector.of(ids, weights, n, config.articleTerms());
    double norm = vector.norm();
    return norm == 0.0 ? vector : vector.scaled(1.0 / norm);
  }

  /** The best candidate story for {@code vector} at or above the threshold, except {@code own}. */
  private Optional<Integer> best(int article, int own, int[] query) {
    TermVector vector = vectors.get(article);
    int best = -1;
    double bestSimilarity = config.threshold();
    for (int story : index.candidates(query, this::root, config.candidates())) {
      if (story != own) {
        double similarity =
            similarity(vector, centroids.get(story), sizes[story])
                * contradiction(article, members.get(story));
        if (similarity >= bestSimilarity && (similarity > bestSimilarity || best < 0)) {
          best = story;
          bestSimilarity = similarity;
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  /**
   * The average link {@code a · b / pairs}, cut by {@link StoryClusterConfig#yearConflict()} when
   * both sides name years and share none: the same kind of event in another year is another event.
   */
  private double similarity(TermVector a, TermVector b, double pairs) {
    double link = a.dot(b) / pairs;
    return yearsConflict(a, b) ? link * config.yearConflict() : link;
  }

  private boolean yearsConflict(TermVector a, TermVector b) {
    boolean aHas = false;
    for (int k = 0; k < a.size(); k++) {
      if (vocabulary.isYear(a.id(k))) {
        if (b.contains(a.id(k))) {
          return false;
        }
        aHas = true;
      }
    }
    if (!aHas) {
      return false;
    }
    for (int k = 0; k < b.size(); k++) {
      if (vocabulary.isYear(b.id(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The factor on the similarity of {@code article} and a story: one less {@link
   * StoryClusterConfig#leadConflict()} times the square root of the share of the story's sampled
   * members whose lead contradicts the article's ({@link LeadFacts#contradicts}). The root makes a
   * few contradicting members count (a story of another event shows them in most of its members)
   * more than a linear share would.
   */
  private double contradiction(int article, List<Integer> sample) {
    int against = 0;
    int seen = 0;
    LeadFacts lead = facts.get(article);
    for (int member : sample) {
      if (member != article) {
        seen++;
        if (lead.contradicts(facts.get(member))) {
          against++;
        }
      }
    }
    return seen == 0 ? 1.0 : 1.0 - config.leadConflict() * Math.sqrt((double) against / seen);
  }

  private double contradiction(List<Integer> a, List<Integer> b) {
    int against = 0;
    for (int x : a) {
      for (int y : b) {
        if (facts.get(x).contradicts(facts.get(y))) {
          against++;
        }
      }
    }
    int pairs = a.size() * b.size();
    return pairs == 0 ? 1.0 : 1.0 - config.leadConflict() * Math.sqrt((double) against / pairs);
  }

  private int newStory() {
    int story = centroids.size();
    centroids.add(TermVector.EMPTY);
    members.add(new ArrayList<>());
    if (story >= sizes.length) {
      sizes = java.util.Arrays.copyOf(sizes, sizes.length * 2);
      parent = java.util.Arrays.copyOf(parent, parent.length * 2);
    }
    parent[story] = story;
    return story;
  }

  private void join(int article, int story) {
    if (article >= storyOf.length) {
      storyOf = java.util.Arrays.copyOf(storyOf, storyOf.length * 2);
    }
    storyOf[article] = story;
    TermVector vector = vectors.get(article);
    centroids.set(story, centroids.get(story).plus(vector, 1.0, config.storyTerms()));
    sizes[story]++;
    if (members.get(story).size() < config.sample()) {
      members.get(story).add(article);
    }
    index.add(queries.get(article), story);
  }

  private void leave(int article, int story) {
    centroids.set(
        story, centroids.get(story).plus(vectors.get(article), -1.0, config.storyTerms()));
    sizes[story]--;
    members.get(story).remove(Integer.valueOf(article));
  }

  private void reassign() {
    for (int i = 0; i < summaries.size(); i++) {
      int own = root(storyOf[i]);
      if (sizes[own] < 2) {
        continue;
      }
      TermVector vector = vectors.get(i);
      TermVector rest = centroids.get(own).plus(vector, -1.0, config.storyTerms());
      double stay = similarity(vector, rest, sizes[own] - 1) * contradiction(i, members.get(own));
      Optional<Integer> other = best(i, own, queries.get(i));
      if (other.isPresent()
          && similarity(vector, centroids.get(other.get()), sizes[other.get()])
                  * contradiction(i, members.get(other.get()))
              > stay) {
        leave(i, own);
        join(i, other.get());
      }
    }
  }

  private void merge() {
    for (int round = 0; round < MERGE_ROUNDS; round++) {
      boolean merged = false;
      for (int story = 0; story < centroids.size(); story++) {
        if (parent[story] != story || sizes[story] == 0) {
          continue;
        }
        TermVector centroid = centroids.get(story);
        int best = -1;
        double bestScore = 1.0;
        for (int other :
            index.candidates(
                centroid.heaviest(config.queryTerms()), this::root, config.candidates())) {
          if (other != story && sizes[other] > 0) {
            double score = mergeScore(story, other);
            if (score >= bestScore && (score > bestScore || best < 0)) {
              best = other;
              bestScore = score;
            }
          }
        }
        if (best >= 0) {
          int keep = Math.min(story, best);
          int drop = Math.max(story, best);
          centroids.set(
              keep, centroids.get(keep).plus(centroids.get(drop), 1.0, config.storyTerms()));
          sizes[keep] += sizes[drop];
          sizes[drop] = 0;
          List<Integer> kept = members.get(keep);
          for (int m : members.get(drop)) {
            if (kept.size() < config.sample()) {
              kept.add(m);
            }
          }
          members.set(drop, new ArrayList<>());
          centroids.set(drop, TermVector.EMPTY);
          parent[drop] = keep;
          merged = true;
        }
      }
      if (!merged) {
        return;
      }
    }
  }

  /**
   * The similarity of two stories over the threshold they must reach to merge (at least 1 to
   * merge): {@link StoryClusterConfig#mergeThreshold()}, or the lower {@link
   * StoryClusterConfig#fragmentMergeThreshold()} when a fragment (at most {@value #FRAGMENT_SIZE}
   * articles) meets a larger story and no sampled pair of their members contradicts each other. A
   * fragment is often an off-centre report of the larger story's event (a blog post, a short note,
   * an article whose only years are background) that fell below the join threshold; without a
   * contradiction it is no sign of another event. A conflict of years still cuts the similarity.
   */
  private double mergeScore(int story, int other) {
    double lead = contradiction(members.get(story), members.get(other));
    double similarity =
        similarity(centroids.get(story), centroids.get(other), (double) sizes[story] * sizes[other])
            * lead;
    boolean fragment =
        Math.min(sizes[story], sizes[other]) <= FRAGMENT_SIZE
            && Math.max(sizes[story], sizes[other]) > FRAGMENT_SIZE
            && lead == 1.0;
    return similarity / (fragment ? config.fragmentMergeThreshold() : config.mergeThreshold());
  }

  private int root(int story) {
    int r = story;
    while (parent[r] != r) {
      r = parent[r];
    }
    int s = story;
    while (parent[s] != r) {
      int next = parent[s];
      parent[s] = r;
      s = next;
    }
    return r;
  }

  private List<Integer> byTypicality(List<Integer> group) {
    TermVector centroid = centroids.get(root(storyOf[group.get(0)]));
    List<Integer> ranked = new ArrayList<>(group);
    ranked.sort(
        Comparator.comparingDouble((Integer i) -> -vectors.get(i).dot(centroid))
            .thenComparing(Comparator.naturalOrder()));
    return ranked;
  }
}
