package org.triangulate.cli;

import java.util.concurrent.Callable;
import org.triangulate.cli.run.Pipeline;
import org.triangulate.report.ArticleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code triangulate extract}: ingestion and cleaning only, one article object per line. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Reads news articles and writes each one's clean text and metadata (title, byline, date,"
          + " outlet, removed boilerplate), without language analysis.",
      "Exit status: 0 when the output was written, 1 when nothing could be read, 2 for bad"
          + " usage."
    })
final class ExtractCommand implements Callable<Integer> {
  /** The output forms of {@code extract}. */
  enum Format {
    jsonl,
    json
  }

  @Spec CommandSpec spec;

  @Mixin RunOptions options;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES}: one article a line (default), or one JSON object.")
  Format format = Format.jsonl;

  @Override
  public Integer call() throws Exception {
    CommandRun run = new CommandRun(options, spec, System.err);
    Pipeline.Extraction extraction = run.pipeline().extract(options.paths);
    if (extraction.articles().isEmpty()) {
      return run.nothingRead(extraction.skipped().size());
    }
    ArticleWriter writer = new ArticleWriter();
    run.write(
        out -> {
          switch (format) {
            case jsonl -> writer.writeJsonLines(extraction.articles(), out);
            case json ->
                writer.writeJson(
                    Version.generator(), extraction.articles(), extraction.skipped(), out);
          }
        });
    run.finish();
    return 0;
  }
}
