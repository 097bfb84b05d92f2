package org.triangulate.cli;

import java.util.concurrent.Callable;
import org.triangulate.model.Report;
import org.triangulate.report.ReportFormat;
import org.triangulate.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code triangulate analyze}: the whole pipeline, one report. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Reads news articles, groups them into stories and compares what the outlets say:"
          + " agreed facts, conflicts, quotes and speakers, stances, coverage.",
      "Exit status: 0 when the report was written, 1 when nothing could be read, 2 for bad"
          + " usage. Unreadable inputs are skipped, named on standard error and listed in the"
          + " report's \"skipped\"."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions options;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = ReportFormatConverter.class,
      description = "json (default), md or html (one self-contained file).")
  ReportFormat format = ReportFormat.JSON;

  @Override
  public Integer call() throws Exception {
    CommandRun run = new CommandRun(options, spec, System.err);
    Report report = run.pipeline().analyze(options.paths, Version.generator());
    if (report.articles().isEmpty()) {
      return run.nothingRead(report.skipped().size());
    }
    run.write(writer -> ReportWriter.of(format).write(report, writer));
    run.finish();
    return 0;
  }
}
