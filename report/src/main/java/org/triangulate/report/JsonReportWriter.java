package org.triangulate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.Report;
import org.triangulate.model.Skipped;

/**
 * Writes a report as the contract's JSON: {@code {generator, articles, stories, skipped}}, pretty
 * printed with two-space indents and ending with a newline.
 *
 * <p>Stateless and thread-safe; the same report gives byte-identical output.
 */
final class JsonReportWriter implements ReportWriter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    EntityIndex entities = EntityIndex.of(report.stories());
    try (JsonGenerator gen = JsonOutput.pretty(out)) {
      gen.writeStartObject();
      gen.writeStringField("generator", report.generator());
      gen.writeArrayFieldStart("articles");
      for (AnalyzedArticle article : report.articles()) {
        ArticleJson.write(gen, article, entities);
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("stories");
      for (Brief brief : report.stories()) {
        StoryJson.write(gen, brief);
      }
      gen.writeEndArray();
      writeSkipped(gen, report.skipped());
      gen.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /** Writes the {@code skipped} array: {@code [{source, reason}]}. */
  static void writeSkipped(JsonGenerator gen, List<Skipped> skipped) throws IOException {
    gen.writeArrayFieldStart("skipped");
    for (Skipped item : skipped) {
      gen.writeStartObject();
      gen.writeStringField("source", item.source());
      gen.writeStringField("reason", item.reason());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }
}
