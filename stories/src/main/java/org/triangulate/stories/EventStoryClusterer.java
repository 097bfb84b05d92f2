package org.triangulate.stories;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.NearDuplicate;
import org.triangulate.model.Story;

/**
 * The standard {@link StoryClusterer}: an {@link IncrementalStoryClusterer} fed a whole batch in
 * input order, with document frequencies counted over the batch first.
 *
 * <p>Immutable and safe to share across threads; each call uses its own incremental clusterer.
 */
public final class EventStoryClusterer implements StoryClusterer {
  private final StoryClusterConfig config;
  private final EventFeatures features = new EventFeatures(ContentWords.standard());

  /** A clusterer with {@code config}. */
  public EventStoryClusterer(StoryClusterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public List<Story> cluster(List<AnalyzedArticle> articles) {
    return clusterer(articles).stories();
  }

  /** The near-duplicates among {@code articles}: each copy with the first article it copies. */
  public List<NearDuplicate> duplicates(List<AnalyzedArticle> articles) {
    NearDuplicateDetector detector = NearDuplicateDetector.standard();
    List<NearDuplicate> found = new ArrayList<>();
    for (AnalyzedArticle article : articles) {
      detector
          .add(article.id(), article.article().title().orElse("") + "\n" + article.text())
          .ifPresent(found::add);
    }
    return found;
  }

  private IncrementalStoryClusterer clusterer(List<AnalyzedArticle> articles) {
    Set<String> ids = new HashSet<>();
    for (AnalyzedArticle article : articles) {
      if (!ids.add(article.id())) {
        throw new IllegalArgumentException("duplicate article id: " + article.id());
      }
    }
    Vocabulary vocabulary = new Vocabulary();
    List<Map<String, Integer>> counts = new ArrayList<>(articles.size());
    for (AnalyzedArticle article : articles) {
      Map<String, Integer> c = features.of(article);
      vocabulary.count(c.keySet());
      counts.add(c);
    }
    IncrementalStoryClusterer clusterer = IncrementalStoryClusterer.withCounts(config, vocabulary);
    for (int i = 0; i < articles.size(); i++) {
      clusterer.add(articles.get(i), counts.get(i));
    }
    return clusterer;
  }

  /** This clusterer's settings. */
  public StoryClusterConfig config() {
    return config;
  }
}
