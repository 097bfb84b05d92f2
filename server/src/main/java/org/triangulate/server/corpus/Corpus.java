package org.triangulate.server.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.triangulate.ingest.NoArticleException;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Brief;
import org.triangulate.model.Document;
import org.triangulate.model.Story;
import org.triangulate.server.store.CorpusStore;
import org.triangulate.server.store.LogEntry;

/**
 * A growing corpus kept in a data directory: adds articles, places them in stories, re-corroborates
 * the stories they touch, and publishes a new {@link CorpusSnapshot} for readers.
 *
 * <p>{@link #add} makes the new articles durable first (and tells the caller, who may then
 * acknowledge them), then places them in stories and stores the changed briefs. Should the process
 * die in between, {@link #open} finds the articles that are in no story and places them, so a
 * reopened corpus is always whole. Thread-safe: adds run one at a time; readers never wait.
 */
public final class Corpus implements Closeable {
  private final CorpusStore store;
  private final CorpusStages stages;
  private final ExecutorService workers;
  private final Object writeLock = new Object();
  private Recovery recovery;
  private volatile CorpusSnapshot snapshot;
  private int nextStory;

  /** Hears that articles are on disk, before they are placed in stories. */
  @FunctionalInterface
  public interface Acknowledger {
    void durable(List<String> articleIds);
  }

  /**
   * What opening repaired.
   *
   * @param cutBytes bytes of a torn last log record dropped
   * @param placed articles that were in no story and were placed
   * @param repairedStories stories whose article list had to be fixed
   */
  public record Recovery(long cutBytes, int placed, int repairedStories) {}

  private Corpus(CorpusStore store, CorpusStages stages, int threads) {
    this.store = store;
    this.stages = stages;
    this.workers = Executors.newFixedThreadPool(threads);
    CorpusStore.Replay replay = store.replay();
    CorpusSnapshot replayed =
        CorpusSnapshot.empty()
            .withArticles(replay.articles())
            .withStories(List.copyOf(replay.stories().values()), List.of());
    this.snapshot = replayed;
    int highest = 0;
    for (String id : replay.stories().keySet()) {
      highest = Math.max(highest, number(id));
    }
    this.nextStory = highest + 1;
    this.recovery = new Recovery(replay.cutBytes(), 0, 0);
  }

  /**
   * Opens (or creates) the corpus in {@code directory} and repairs what a crash left: a torn log
   * tail, articles in no story, stories listing articles they do not hold.
   */
  public static Corpus open(Path directory, CorpusStages stages, int threads) throws IOException {
    Objects.requireNonNull(stages, "stages");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    CorpusStore store = CorpusStore.open(directory);
    Corpus corpus = new Corpus(store, stages, threads);
    try {
      return corpus.repaired();
    } catch (IOException | RuntimeException e) {
      corpus.close();
      throw e;
    }
  }

  /** The corpus as it is now. */
  public CorpusSnapshot snapshot() {
    return snapshot;
  }

  /** What opening repaired. */
  public Recovery recovery() {
    synchronized (writeLock) {
      return recovery;
    }
  }

  /** The data directory. */
  public Path directory() {
    return store.directory();
  }

  /**
   * Adds {@code documents}: ingests and analyses them, stores the new ones (telling {@code
   * acknowledger} once they are on disk), places them in stories and re-corroborates those.
   *
   * @return one outcome per document, in order
   * @throws IOException when the store cannot be written; articles acknowledged before stay
   */
  public List<AddOutcome> add(List<Document> documents, Acknowledger acknowledger)
      throws IOException {
    List<Object> prepared = parallel(documents, this::prepare);
    synchronized (writeLock) {
      CorpusSnapshot before = snapshot;
      List<AddOutcome> outcomes = new ArrayList<>(documents.size());
      List<LogEntry.ArticleAdded> fresh = new ArrayList<>();
      Set<String> batchIds = new HashSet<>();
      Map<String, String> batchKeys = new HashMap<>();
      for (int i = 0; i < documents.size(); i++) {
        Document document = documents.get(i);
        if (prepared.get(i) instanceof String reason) {
          outcomes.add(outcome(document, AddOutcome.Status.SKIPPED, reason));
          continue;
        }
        LogEntry.ArticleAdded entry = (LogEntry.ArticleAdded) prepared.get(i);
        String id = entry.article().id();
        Optional<String> sameContent =
            before
                .articleWithContent(entry.contentKey())
                .or(() -> Optional.ofNullable(batchKeys.get(entry.contentKey())));
        if (before.article(id).isPresent() || batchIds.contains(id)) {
          outcomes.add(outcome(document, AddOutcome.Status.DUPLICATE, "id already stored"));
        } else if (sameContent.isPresent()) {
          outcomes.add(
              outcome(
                  document,
                  AddOutcome.Status.DUPLICATE,
                  "same content as stored article " + sameContent.get()));
        } else {
          batchIds.add(id);
          batchKeys.put(entry.contentKey(), id);
          fresh.add(entry);
          outcomes.add(outcome(document, AddOutcome.Status.ADDED, ""));
        }
      }
      if (!fresh.isEmpty()) {
        store.append(fresh);
        acknowledger.durable(fresh.stream().map(e -> e.article().id()).toList());
        CorpusSnapshot withArticles = before.withArticles(fresh);
        snapshot =
            place(
                before, withArticles, fresh.stream().map(LogEntry.ArticleAdded::article).toList());
      }
      CorpusSnapshot after = snapshot;
      return outcomes.stream().map(o -> o.inStory(o.id().flatMap(after::storyOf))).toList();
    }
  }

  /**
   * What is wrong with the corpus as stored, one line per problem; empty when every article is in
   * exactly one story and every story's articles exist.
   */
  public List<String> problems() {
    CorpusSnapshot now = snapshot;
    List<String> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Brief brief : now.stories()) {
      for (String id : brief.story().articles()) {
        if (now.article(id).isEmpty()) {
          problems.add("story " + brief.story().id() + " lists missing article " + id);
        }
        String other = seen.put(id, brief.story().id());
        if (other != null) {
          problems.add("article " + id + " is in stories " + other + " and " + brief.story().id());
        }
      }
    }
    for (AnalyzedArticle article : now.articles()) {
      if (!seen.containsKey(article.id())) {
        problems.add("article " + article.id() + " is in no story");
      }
    }
    return problems;
  }

  @Override
  public void close() throws IOException {
    workers.shutdownNow();
    store.close();
  }

  /** An ArticleAdded entry for {@code document}, or the reason it holds no article. */
  private Object prepare(Document document) {
    Article article;
    try {
      article = stages.ingester().ingest(document);
    } catch (NoArticleException e) {
      return e.reason();
    } catch (RuntimeException e) {
      return "extraction failed (a bug; please report it): " + e;
    }
    AnalyzedArticle analyzed;
    try {
      analyzed = stages.analyzer().analyze(article);
    } catch (RuntimeException e) {
      analyzed =
          new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of());
    }
    return new LogEntry.ArticleAdded(analyzed, ContentKey.of(article));
  }

  private static AddOutcome outcome(Document document, AddOutcome.Status status, String detail) {
    return new AddOutcome(
        document.source(), Optional.of(document.id()), status, detail, Optional.empty());
  }

  /**
   * Places {@code fresh} (already in {@code withArticles}) in stories chosen against {@code
   * before}, corroborates the stories touched and stores their briefs; returns the new snapshot.
   */
  private CorpusSnapshot place(
      CorpusSnapshot before, CorpusSnapshot withArticles, List<AnalyzedArticle> fresh)
      throws IOException {
    List<StoryAssigner.Group> groups = stages.assigner().assign(fresh, before);
    Map<String, List<String>> joining = new HashMap<>();
    List<Story> touched = new ArrayList<>();
    Map<String, String> titles = new HashMap<>();
    for (StoryAssigner.Group group : groups) {
      if (group.story().isPresent() && before.story(group.story().get()).isPresent()) {
        joining
            .computeIfAbsent(group.story().get(), s -> new ArrayList<>())
            .addAll(group.articles());
      } else {
        String id = "s" + nextStory++;
        titles.put(id, group.title());
        joining.put(id, new ArrayList<>(group.articles()));
      }
    }
    for (var entry : joining.entrySet()) {
      String id = entry.getKey();
      List<String> members = new ArrayList<>();
      before.story(id).ifPresent(b -> members.addAll(b.story().articles()));
      members.addAll(entry.getValue());
      String title = before.story(id).map(b -> b.story().title()).orElseGet(() -> titles.get(id));
      touched.add(StoryMaker.make(id, title, members(withArticles, members)));
    }
    touched.sort(java.util.Comparator.comparingInt(s -> number(s.id())));
    List<Brief> briefs = parallel(touched, story -> corroborate(story, withArticles));
    store.append(briefs.stream().map(LogEntry.StorySaved::new).toList());
    return withArticles.withStories(briefs, List.of());
  }

  private Brief corroborate(Story story, CorpusSnapshot corpus) {
    List<AnalyzedArticle> members =
        story.articles().stream().flatMap(id -> corpus.article(id).stream()).toList();
    try {
      return stages.corroborator().corroborate(story, members);
    } catch (RuntimeException e) {
      return Brief.of(story);
    }
  }

  private static List<StoryMaker.Member> members(CorpusSnapshot corpus, List<String> ids) {
    List<StoryMaker.Member> members = new ArrayList<>(ids.size());
    for (String id : ids) {
      corpus.article(id).ifPresent(a -> members.add(new StoryMaker.Member(a, corpus.ordinal(id))));
    }
    return members;
  }

  /** Fixes what a crash can leave, and returns this corpus. */
  private Corpus repaired() throws IOException {
    synchronized (writeLock) {
      CorpusSnapshot now = snapshot;
      List<Brief> fixed = new ArrayList<>();
      List<String> dropped = new ArrayList<>();
      for (Brief brief : now.stories()) {
        String id = brief.story().id();
        List<String> kept =
            brief.story().articles().stream()
                .filter(a -> now.article(a).isPresent() && now.storyOf(a).equals(Optional.of(id)))
                .toList();
        if (kept.size() == brief.story().articles().size()) {
          continue;
        }
        if (kept.isEmpty()) {
          dropped.add(id);
        } else {
          fixed.add(
              corroborate(StoryMaker.make(id, brief.story().title(), members(now, kept)), now));
        }
      }
      List<LogEntry> entries = new ArrayList<>();
      fixed.forEach(b -> entries.add(new LogEntry.StorySaved(b)));
      dropped.forEach(d -> entries.add(new LogEntry.StoryDropped(d)));
      store.append(entries);
      CorpusSnapshot repaired = now.withStories(fixed, dropped);
      List<AnalyzedArticle> orphans =
          repaired.articles().stream().filter(a -> repaired.storyOf(a.id()).isEmpty()).toList();
      if (!orphans.isEmpty()) {
        snapshot = place(repaired, repaired, orphans);
      } else {
        snapshot = repaired;
      }
      recovery = new Recovery(recovery.cutBytes(), orphans.size(), fixed.size() + dropped.size());
      return this;
    }
  }

  private <T, R> List<R> parallel(List<T> items, Function<T, R> work) {
    if (items.size() <= 1) {
      return items.stream().map(work).toList();
    }
    List<Future<R>> futures = new ArrayList<>(items.size());
    for (T item : items) {
      futures.add(workers.submit(() -> work.apply(item)));
    }
    List<R> results = new ArrayList<>(items.size());
    try {
      for (Future<R> future : futures) {
        results.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while working", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a stage failed: " + e.getCause(), e.getCause());
    }
    return results;
  }

  private static int number(String storyId) {
    try {
      return storyId.startsWith("s") ? Integer.parseInt(storyId.substring(1)) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
