package org.triangulate.stories.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.ingest.ArticleIngester;
import org.triangulate.ingest.NoArticleException;
import org.triangulate.ingest.read.DocumentSink;
import org.triangulate.ingest.read.InputReader;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Document;
import org.triangulate.model.Skipped;
import org.triangulate.nlp.ArticleAnalyzer;

/**
 * Reads an evaluation set at run time (never copied into the project) through the same ingest and
 * analysis stages the command uses.
 */
final class EvaluationCorpus {
  private EvaluationCorpus() {}

  /** The analysed articles of {@code input} (a file or folder), in input order. */
  static List<AnalyzedArticle> read(Path input) {
    List<Document> documents = new ArrayList<>();
    new InputReader()
        .read(
            List.of(input),
            new DocumentSink() {
              @Override
              public void accept(Document document) {
                documents.add(document);
              }

              @Override
              public void skip(Skipped skipped) {
                System.err.println("skipped " + skipped);
              }
            });
    ArticleIngester ingester = new ArticleIngester();
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    return documents.parallelStream()
        .map(
            d -> {
              try {
                return analyzer.analyze(ingester.ingest(d));
              } catch (NoArticleException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** A {@code {"id": "label"}} gold file, in file order. */
  static Map<String, String> gold(Path file) throws IOException {
    Map<String, String> gold = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"")
            .matcher(Files.readString(file, StandardCharsets.UTF_8));
    while (m.find()) {
      gold.put(m.group(1), m.group(2));
    }
    return gold;
  }
}
