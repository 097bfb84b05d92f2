package org.triangulate.cli.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.triangulate.corroborate.Corroborator;
import org.triangulate.ingest.ArticleIngester;
import org.triangulate.ingest.Ingester;
import org.triangulate.ingest.NoArticleException;
import org.triangulate.ingest.read.DocumentSink;
import org.triangulate.ingest.read.InputReader;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Brief;
import org.triangulate.model.Document;
import org.triangulate.model.Report;
import org.triangulate.model.Skipped;
import org.triangulate.model.Story;
import org.triangulate.nlp.Analyzer;
import org.triangulate.nlp.ArticleAnalyzer;
import org.triangulate.stories.StoryClusterer;

/**
 * Runs Triangulate's stages over a set of input paths: read → ingest → analyse → cluster →
 * corroborate. Each stage is timed in {@link RunStats}; a failure on one input or article is
 * reported and never ends the run.
 *
 * <p>An instance is used for one run at a time; its stages are shared and thread-safe.
 */
public final class Pipeline {
  private final Stages stages;
  private final int threads;
  private final RunStats stats;
  private final Progress progress;
  private final Listener listener;
  private final LongSupplier clock;

  /** The stages a pipeline runs; each must be safe to call from several threads. */
  public record Stages(
      Ingester ingester, Analyzer analyzer, StoryClusterer clusterer, Corroborator corroborator) {
    public Stages {
      Objects.requireNonNull(ingester, "ingester");
      Objects.requireNonNull(analyzer, "analyzer");
      Objects.requireNonNull(clusterer, "clusterer");
      Objects.requireNonNull(corroborator, "corroborator");
    }

    /** The standard stages. */
    public static Stages standard() {
      return new Stages(
          new ArticleIngester(),
          new ArticleAnalyzer(),
          StoryClusterer.standard(),
          Corroborator.standard());
    }
  }

  /** Hears about inputs skipped and other problems as they happen. */
  public interface Listener {
    /** An input was skipped. */
    void skipped(Skipped skipped);

    /** Something went wrong that did not cost an input, or an input was renamed. */
    void warning(String message);
  }

  /** What {@link #extract} found: the articles and the skipped inputs, in input order. */
  public record Extraction(List<Article> articles, List<Skipped> skipped) {
    public Extraction {
      articles = List.copyOf(articles);
      skipped = List.copyOf(skipped);
    }
  }

  public Pipeline(
      Stages stages, int threads, RunStats stats, Progress progress, Listener listener) {
    this(stages, threads, stats, progress, listener, System::nanoTime);
  }

  Pipeline(
      Stages stages,
      int threads,
      RunStats stats,
      Progress progress,
      Listener listener,
      LongSupplier clock) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.stages = Objects.requireNonNull(stages, "stages");
    this.threads = threads;
    this.stats = Objects.requireNonNull(stats, "stats");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Reads and ingests every input: the work of {@code triangulate extract}. */
  public Extraction extract(List<Path> paths) {
    List<Skipped> skipped = new ArrayList<>();
    List<Document> documents = read(paths, skipped);
    try (OrderedParallel parallel = new OrderedParallel(threads)) {
      List<Article> articles = ingest(documents, skipped, parallel);
      stats.count("articles", articles.size());
      stats.count("skipped", skipped.size());
      return new Extraction(articles, skipped);
    }
  }

  /** Runs every stage and gathers the report: the work of {@code triangulate analyze}. */
  public Report analyze(List<Path> paths, String generator) {
    List<Skipped> skipped = new ArrayList<>();
    List<Document> documents = read(paths, skipped);
    try (OrderedParallel parallel = new OrderedParallel(threads)) {
      List<Article> articles = ingest(documents, skipped, parallel);
      List<AnalyzedArticle> analyzed = analyze(articles, parallel);
      List<Story> stories = cluster(analyzed);
      List<Brief> briefs = corroborate(stories, analyzed, parallel);
      countResults(analyzed, briefs, skipped);
      return new Report(generator, analyzed, briefs, skipped);
    }
  }

  private List<Document> read(List<Path> paths, List<Skipped> skipped) {
    long start = clock.getAsLong();
    progress.start("read", 0);
    List<Document> documents = new ArrayList<>();
    UniqueIds ids = new UniqueIds(listener::warning);
    new InputReader()
        .read(
            paths,
            new DocumentSink() {
              @Override
              public void accept(Document document) {
                documents.add(ids.claim(document));
                progress.advance();
              }

              @Override
              public void skip(Skipped skip) {
                skipped.add(skip);
                listener.skipped(skip);
              }
            });
    progress.finish();
    stats.stage("read", documents.size(), clock.getAsLong() - start);
    return documents;
  }

  private List<Article> ingest(
      List<Document> documents, List<Skipped> skipped, OrderedParallel parallel) {
    long start = clock.getAsLong();
    progress.start("ingest", documents.size());
    List<Object> outcomes = parallel.map(documents, this::ingestOne);
    progress.finish();
    List<Article> articles = new ArrayList<>(documents.size());
    for (Object outcome : outcomes) {
      if (outcome instanceof Article article) {
        articles.add(article);
      } else if (outcome instanceof Skipped skip) {
        skipped.add(skip);
        listener.skipped(skip);
      }
    }
    stats.stage("ingest", documents.size(), clock.getAsLong() - start);
    return articles;
  }

  /** An {@link Article}, or the {@link Skipped} entry that replaces it. */
  private Object ingestOne(Document document) {
    try {
      return stages.ingester().ingest(document);
    } catch (NoArticleException e) {
      return new Skipped(document.source(), e.reason());
    } catch (RuntimeException e) {
      return new Skipped(document.source(), "extraction failed (a bug; please report it): " + e);
    } finally {
      progress.advance();
    }
  }

  private List<AnalyzedArticle> analyze(List<Article> articles, OrderedParallel parallel) {
    long start = clock.getAsLong();
    progress.start("analyze", articles.size());
    List<AnalyzedArticle> analyzed = parallel.map(articles, this::analyzeOne);
    progress.finish();
    stats.stage("analyze", articles.size(), clock.getAsLong() - start);
    return analyzed;
  }

  private AnalyzedArticle analyzeOne(Article article) {
    try {
      return stages.analyzer().analyze(article);
    } catch (RuntimeException e) {
      listener.warning(
          "language analysis failed for " + article.id() + " (a bug; please report it): " + e);
      return new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of());
    } finally {
      progress.advance();
    }
  }

  private List<Story> cluster(List<AnalyzedArticle> articles) {
    long start = clock.getAsLong();
    List<Story> stories = articles.isEmpty() ? List.of() : stages.clusterer().cluster(articles);
    stats.stage("cluster", articles.size(), clock.getAsLong() - start);
    return stories;
  }

  private List<Brief> corroborate(
      List<Story> stories, List<AnalyzedArticle> articles, OrderedParallel parallel) {
    long start = clock.getAsLong();
    progress.start("corroborate", stories.size());
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<Brief> briefs = parallel.map(stories, story -> corroborateOne(story, byId));
    progress.finish();
    stats.stage("corroborate", stories.size(), clock.getAsLong() - start);
    return briefs;
  }

  private Brief corroborateOne(Story story, Map<String, AnalyzedArticle> byId) {
    try {
      List<AnalyzedArticle> members =
          story.articles().stream()
              .map(id -> Optional.ofNullable(byId.get(id)))
              .flatMap(Optional::stream)
              .toList();
      return stages.corroborator().corroborate(story, members);
    } catch (RuntimeException e) {
      listener.warning(
          "corroboration failed for story " + story.id() + " (a bug; please report it): " + e);
      return Brief.of(story);
    } finally {
      progress.advance();
    }
  }

  private void countResults(
      List<AnalyzedArticle> articles, List<Brief> briefs, List<Skipped> skipped) {
    stats.count("articles", articles.size());
    stats.count("skipped", skipped.size());
    stats.count("sentences", articles.stream().mapToLong(a -> a.sentences().size()).sum());
    stats.count("entities", articles.stream().mapToLong(a -> a.entities().size()).sum());
    stats.count("quotes", articles.stream().mapToLong(a -> a.quotes().size()).sum());
    stats.count("quantities", articles.stream().mapToLong(a -> a.quantities().size()).sum());
    stats.count("dates", articles.stream().mapToLong(a -> a.dates().size()).sum());
    stats.count("stories", briefs.size());
    stats.count("quoteGroups", briefs.stream().mapToLong(b -> b.quoteGroups().size()).sum());
    stats.count("facts", briefs.stream().mapToLong(b -> b.facts().size()).sum());
    stats.count("conflicts", briefs.stream().mapToLong(b -> b.conflicts().size()).sum());
  }
}
