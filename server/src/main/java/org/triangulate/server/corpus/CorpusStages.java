package org.triangulate.server.corpus;

import java.util.Objects;
import org.triangulate.corroborate.Corroborator;
import org.triangulate.ingest.ArticleIngester;
import org.triangulate.ingest.NoArticleException;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Document;
import org.triangulate.nlp.ArticleAnalyzer;

/**
 * The stages a {@link Corpus} runs on what it is given: ingest, analyse, assign to stories,
 * corroborate. Each must be safe to call from several threads.
 */
public record CorpusStages(
    IngestStage ingester,
    AnalyzeStage analyzer,
    StoryAssigner assigner,
    Corroborator corroborator) {

  /** Turns a document into an article. */
  @FunctionalInterface
  public interface IngestStage {
    Article ingest(Document document) throws NoArticleException;
  }

  /** Analyses an article. */
  @FunctionalInterface
  public interface AnalyzeStage {
    AnalyzedArticle analyze(Article article);
  }

  public CorpusStages {
    Objects.requireNonNull(ingester, "ingester");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(assigner, "assigner");
    Objects.requireNonNull(corroborator, "corroborator");
  }

  /** The standard stages, as {@code triangulate analyze} runs them. */
  public static CorpusStages standard() {
    return new CorpusStages(
        new ArticleIngester()::ingest,
        new ArticleAnalyzer()::analyze,
        ClusteringAssigner.standard(),
        Corroborator.standard());
  }
}
