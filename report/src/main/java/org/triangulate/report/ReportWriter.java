package org.triangulate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.triangulate.model.Report;

/**
 * Writes a whole {@link Report} in one {@link ReportFormat}.
 *
 * <p>Implementations are stateless and thread-safe; the same report always gives the same
 * characters. They write characters only: the caller chooses the encoding (UTF-8) and closes {@code
 * out}.
 */
public interface ReportWriter {

  /**
   * Writes {@code report} to {@code out} and flushes it; does not close it.
   *
   * @throws IOException when {@code out} fails
   */
  void write(Report report, Writer out) throws IOException;

  /** The writer for {@code format}. */
  static ReportWriter of(ReportFormat format) {
    Objects.requireNonNull(format, "format");
    return switch (format) {
      case JSON -> new JsonReportWriter();
      case MARKDOWN -> new MarkdownReportWriter();
      case HTML -> new HtmlReportWriter();
    };
  }
}
