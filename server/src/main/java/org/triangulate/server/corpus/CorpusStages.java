package org.triangulate.server.corpus;

import java.util.Objects;
import org.triangulate.corroborate.Corroborator;
import org.triangulate.ingest.ArticleIngester;
import org.triangulate.ingest.Ingester;
import org.triangulate.nlp.Analyzer;
import org.triangulate.nlp.ArticleAnalyzer;

/**
 * The stages a {@link Corpus} runs on what it is given: ingest, analyse, assign to stories,
 * corroborate. Each must be safe to call from several threads.
 */
public record CorpusStages(
    Ingester ingester, Analyzer analyzer, StoryAssigner assigner, Corroborator corroborator) {

  public CorpusStages {
    Objects.requireNonNull(ingester, "ingester");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(assigner, "assigner");
    Objects.requireNonNull(corroborator, "corroborator");
  }

  /** The standard stages, as {@code triangulate analyze} runs them. */
  public static CorpusStages standard() {
    return new CorpusStages(
        new ArticleIngester(),
        new ArticleAnalyzer(),
        ClusteringAssigner.standard(),
        Corroborator.standard());
  }
}
