package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.triangulate.server.corpus.Corpus;
import org.triangulate.server.corpus.CorpusStages;
import picocli.CommandLine.Option;

/** Options of the commands that work on a persistent corpus: its data directory and threads. */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The corpus's data directory, created when missing (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("triangulate-data");

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Opens the corpus and tells {@code err} what opening repaired, if anything. */
  Corpus open(PrintStream err) throws IOException {
    Corpus corpus = Corpus.open(data, CorpusStages.standard(), Math.max(1, threads));
    Corpus.Recovery recovery = corpus.recovery();
    if (recovery.cutBytes() > 0 || recovery.placed() > 0 || recovery.repairedStories() > 0) {
      err.println(
          "recovered "
              + corpus.directory()
              + ": dropped a torn last record of "
              + recovery.cutBytes()
              + " bytes, placed "
              + recovery.placed()
              + " articles in stories, repaired "
              + recovery.repairedStories()
              + " stories");
    }
    return corpus;
  }
}
