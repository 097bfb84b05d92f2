package org.triangulate.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that read inputs. */
final class RunOptions {
  /** When to draw progress on standard error. */
  enum ProgressMode {
    auto,
    always,
    never
  }

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Files or folders to read (folders recursively, files sorted by path): .txt, .html,"
              + " .jsonl, .warc, .xml/.rss/.atom feeds, each optionally .gz.")
  List<Path> paths;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description =
          "Write to FILE instead of standard output (written whole, then moved in place).")
  Path out;

  @Option(
      names = "--stats",
      description = "Print per-stage wall time and counts to standard error.")
  boolean stats;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      description =
          "Show progress on standard error: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE},"
              + " which shows it when standard error is a terminal).")
  ProgressMode progress = ProgressMode.auto;
}
