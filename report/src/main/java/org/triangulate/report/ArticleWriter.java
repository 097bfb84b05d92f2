package org.triangulate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.triangulate.model.Article;
import org.triangulate.model.Skipped;

/**
 * Writes articles as {@code triangulate extract} output: JSON Lines or one JSON document.
 *
 * <p>Every article carries every contract Article key; as extraction runs no language analysis,
 * {@code entities}, {@code quotes}, {@code quantities} and {@code dates} are {@code []}. Stateless
 * and thread-safe; writes characters only and never closes {@code out}.
 */
public final class ArticleWriter {

  /** Makes a writer; it holds no state. */
  public ArticleWriter() {}

  /**
   * Writes one compact article object per line, each line ended by {@code "\n"}, and flushes.
   *
   * @throws IOException when {@code out} fails
   */
  public void writeJsonLines(List<Article> articles, Writer out) throws IOException {
    for (Article article : articles) {
      try (JsonGenerator gen = JsonOutput.compact(out)) {
        ArticleJson.write(gen, article);
      }
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Writes {@code {"generator": ..., "articles": [...], "skipped": [...]}}, pretty printed and
   * ended by a newline, and flushes.
   *
   * @throws IOException when {@code out} fails
   */
  public void writeJson(String generator, List<Article> articles, List<Skipped> skipped, Writer out)
      throws IOException {
    try (JsonGenerator gen = JsonOutput.pretty(out)) {
      gen.writeStartObject();
      gen.writeStringField("generator", generator);
      gen.writeArrayFieldStart("articles");
      for (Article article : articles) {
        ArticleJson.write(gen, article);
      }
      gen.writeEndArray();
      JsonReportWriter.writeSkipped(gen, skipped);
      gen.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }
}
