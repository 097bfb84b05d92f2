package org.triangulate.server.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.EntityMention;
import org.triangulate.model.Quote;
import org.triangulate.model.StoryEntity;
import org.triangulate.report.HtmlParts;
import org.triangulate.server.store.LogEntry;

/**
 * The corpus at one moment: its articles, stories, story list and search index, as readers see it.
 *
 * <p>Immutable and safe to share: a {@link Corpus} publishes a new snapshot after each change, and
 * readers keep working on the one they took. (The search index is shared between snapshots and
 * grows, but each snapshot reads only the articles it holds.)
 */
public final class CorpusSnapshot {
  private static final Comparator<StorySummary> NEWEST_FIRST =
      Comparator.comparing((StorySummary s) -> s.last().orElse(LocalDate.MIN))
          .thenComparingInt(StorySummary::latest)
          .reversed();

  private final List<AnalyzedArticle> articles;
  private final Map<String, Integer> ordinals;
  private final Map<String, String> contentKeys;
  private final Map<String, String> storyOfArticle;
  private final Map<String, Brief> stories;
  private final Map<String, StorySummary> summaries;
  private final List<StorySummary> newestFirst;
  private final SearchIndex index;

  private CorpusSnapshot(
      List<AnalyzedArticle> articles,
      Map<String, Integer> ordinals,
      Map<String, String> contentKeys,
      Map<String, String> storyOfArticle,
      Map<String, Brief> stories,
      Map<String, StorySummary> summaries,
      SearchIndex index) {
    this.articles = articles;
    this.ordinals = ordinals;
    this.contentKeys = contentKeys;
    this.storyOfArticle = storyOfArticle;
    this.stories = stories;
    this.summaries = summaries;
    this.index = index;
    List<StorySummary> sorted = new ArrayList<>(summaries.values());
    sorted.sort(NEWEST_FIRST);
    this.newestFirst = List.copyOf(sorted);
  }

  /** An empty corpus. */
  static CorpusSnapshot empty() {
    return new CorpusSnapshot(
        List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), new SearchIndex());
  }

  /** This corpus with {@code added} articles (not yet in any story). */
  CorpusSnapshot withArticles(List<LogEntry.ArticleAdded> added) {
    List<AnalyzedArticle> all = new ArrayList<>(articles.size() + added.size());
    all.addAll(articles);
    Map<String, Integer> ids = new HashMap<>(ordinals);
    Map<String, String> keys = new HashMap<>(contentKeys);
    List<String> texts = new ArrayList<>(added.size());
    for (LogEntry.ArticleAdded entry : added) {
      AnalyzedArticle article = entry.article();
      ids.put(article.id(), all.size());
      keys.putIfAbsent(entry.contentKey(), article.id());
      all.add(article);
      texts.add(
          article.article().title().orElse("")
              + "\n"
              + article.article().outlet().orElse("")
              + "\n"
              + article.text());
    }
    index.add(articles.size(), texts);
    return new CorpusSnapshot(
        List.copyOf(all), ids, keys, storyOfArticle, stories, summaries, index);
  }

  /**
   * This corpus with {@code saved} briefs replacing those of the same id, and {@code dropped} gone.
   */
  CorpusSnapshot withStories(List<Brief> saved, List<String> dropped) {
    Map<String, Brief> briefs = new LinkedHashMap<>(stories);
    Map<String, String> membership = new HashMap<>(storyOfArticle);
    Map<String, StorySummary> lines = new HashMap<>(summaries);
    for (String id : dropped) {
      Brief old = briefs.remove(id);
      lines.remove(id);
      if (old != null) {
        old.story().articles().forEach(a -> membership.remove(a, id));
      }
    }
    for (Brief brief : saved) {
      String id = brief.story().id();
      Brief old = briefs.put(id, brief);
      if (old != null) {
        old.story().articles().forEach(a -> membership.remove(a, id));
      }
      brief.story().articles().forEach(a -> membership.put(a, id));
      lines.put(id, summarize(brief));
    }
    return new CorpusSnapshot(articles, ordinals, contentKeys, membership, briefs, lines, index);
  }

  private StorySummary summarize(Brief brief) {
    Set<String> outlets = new HashSet<>();
    int latest = -1;
    for (String id : brief.story().articles()) {
      int ordinal = ordinals.getOrDefault(id, -1);
      latest = Math.max(latest, ordinal);
      outlets.add(
          ordinal < 0 ? id : articles.get(ordinal).article().outlet().orElse("\u0000" + id));
    }
    return new StorySummary(
        brief.story().id(),
        brief.story().title(),
        brief.story().first(),
        brief.story().last(),
        brief.story().articles().size(),
        outlets.size(),
        HtmlParts.disputes(brief),
        latest);
  }

  /** How many articles the corpus holds. */
  public int articleCount() {
    return articles.size();
  }

  /** How many stories the corpus holds. */
  public int storyCount() {
    return stories.size();
  }

  /** Every article, in the order they were added. */
  public List<AnalyzedArticle> articles() {
    return articles;
  }

  /** The article with {@code id}, when the corpus holds it. */
  public Optional<AnalyzedArticle> article(String id) {
    Integer ordinal = ordinals.get(id);
    return ordinal == null ? Optional.empty() : Optional.of(articles.get(ordinal));
  }

  /** The ordinal (position in order of addition) of article {@code id}, or -1. */
  int ordinal(String id) {
    return ordinals.getOrDefault(id, -1);
  }

  /** The id of the article whose content has {@code contentKey}, when there is one. */
  public Optional<String> articleWithContent(String contentKey) {
    return Optional.ofNullable(contentKeys.get(contentKey));
  }

  /** The brief of the story with {@code id}, when there is one. */
  public Optional<Brief> story(String id) {
    return Optional.ofNullable(stories.get(id));
  }

  /** The id of the story holding the article {@code articleId}, when it is in one. */
  public Optional<String> storyOf(String articleId) {
    return Optional.ofNullable(storyOfArticle.get(articleId));
  }

  /** Every story's brief, in the order the stories were made. */
  public List<Brief> stories() {
    return List.copyOf(stories.values());
  }

  /** The story list line of story {@code id}, when there is one. */
  public Optional<StorySummary> summary(String id) {
    return Optional.ofNullable(summaries.get(id));
  }

  /** Up to {@code limit} story list lines from {@code offset}, newest story first. */
  public List<StorySummary> newestStories(int offset, int limit) {
    if (offset >= newestFirst.size() || limit <= 0) {
      return List.of();
    }
    return newestFirst.subList(offset, Math.min(newestFirst.size(), offset + limit));
  }

  /**
   * The stories with an article holding every word of {@code query}, those with the newest such
   * article first, at most {@code limit}.
   */
  public List<StorySummary> search(String query, int limit) {
    Set<String> seen = new LinkedHashSet<>();
    for (int ordinal : index.matchAll(Terms.of(query), articles.size())) {
      storyOf(articles.get(ordinal).id()).ifPresent(seen::add);
      if (seen.size() >= limit) {
        break;
      }
    }
    return seen.stream().map(summaries::get).toList();
  }

  /**
   * The stories most likely to be about the same event as {@code article}: those whose articles
   * share the rarer words of its title and entity names, best first, at most {@code limit}.
   */
  public List<String> candidateStories(AnalyzedArticle article, int limit) {
    StringBuilder key = new StringBuilder(article.article().title().orElse(""));
    for (EntityMention mention : article.entities()) {
      key.append('\n').append(mention.name());
    }
    if (article.entities().isEmpty()) {
      key.append('\n').append(article.text(), 0, Math.min(400, article.text().length()));
    }
    int n = articles.size();
    int common = Math.max(50, n / 20);
    Map<String, Double> scores = new HashMap<>();
    for (String term : Terms.of(key.toString())) {
      int[] postings = index.postings(term, n);
      if (postings.length == 0 || postings.length > common) {
        continue;
      }
      double weight = Math.log(1.0 + (double) n / postings.length);
      Set<String> storiesOfTerm = new HashSet<>();
      for (int ordinal : postings) {
        storyOf(articles.get(ordinal).id()).ifPresent(storiesOfTerm::add);
      }
      storiesOfTerm.forEach(s -> scores.merge(s, weight, Double::sum));
    }
    return scores.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The entity called {@code name} (or with it as an alias) across stories, when any has it. */
  public Optional<EntityView> entity(String name) {
    String wanted = Terms.fold(name.strip());
    List<EntityView.Appearance> appearances = new ArrayList<>();
    for (StorySummary line : newestFirst) {
      Brief brief = stories.get(line.id());
      for (StoryEntity entity : brief.entities()) {
        Set<String> names = new HashSet<>();
        names.add(Terms.fold(entity.name()));
        entity.aliases().forEach(a -> names.add(Terms.fold(a)));
        if (names.contains(wanted)) {
          appearances.add(new EntityView.Appearance(brief, entity, quotes(brief, names)));
          break;
        }
      }
    }
    if (appearances.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EntityView(appearances.get(0).entity().name(), appearances));
  }

  private List<EntityView.QuoteSource> quotes(Brief brief, Set<String> names) {
    List<EntityView.QuoteSource> found = new ArrayList<>();
    for (String id : brief.story().articles()) {
      Optional<AnalyzedArticle> article = article(id);
      if (article.isEmpty()) {
        continue;
      }
      for (Quote quote : article.get().quotes()) {
        boolean theirs =
            quote
                .speaker()
                .map(s -> names.contains(Terms.fold(s.name().orElse(s.text()))))
                .orElse(false);
        if (theirs) {
          found.add(new EntityView.QuoteSource(article.get(), quote));
        }
      }
    }
    return found;
  }
}
