package org.triangulate.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.triangulate.cli.run.Pipeline;
import org.triangulate.cli.run.Progress;
import org.triangulate.cli.run.RunStats;
import org.triangulate.model.Skipped;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code analyze} and {@code extract} share: building the pipeline from the options, telling
 * the user about skipped inputs, and writing the output whole or not at all.
 */
final class CommandRun {
  /** Writes a command's output. */
  interface Output {
    void writeTo(Writer writer) throws IOException;
  }

  /** Set by bin/triangulate: whether standard error is a terminal. */
  static final String STDERR_TERMINAL_PROPERTY = "triangulate.stderr.terminal";

  private final RunOptions options;
  private final PrintStream err;
  private final RunStats stats = new RunStats();

  CommandRun(RunOptions options, CommandSpec spec, PrintStream err) {
    if (options.threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, not " + options.threads);
    }
    this.options = options;
    this.err = err;
  }

  Pipeline pipeline() {
    return new Pipeline(
        Pipeline.Stages.standard(),
        options.threads,
        stats,
        progress(),
        new Pipeline.Listener() {
          @Override
          public void skipped(Skipped skipped) {
            err.println("skipped " + skipped.source() + ": " + skipped.reason());
          }

          @Override
          public void warning(String message) {
            err.println("warning: " + message);
          }
        });
  }

  /** Writes the output to --out (via a temporary file, moved in place) or standard output. */
  void write(Output output) throws IOException {
    long start = System.nanoTime();
    if (options.out == null) {
      Writer writer =
          new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      output.writeTo(writer);
      writer.flush();
    } else {
      Path target = options.out.toAbsolutePath();
      Path parent = target.getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".part");
      try {
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
          output.writeTo(writer);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
    stats.stage("write", 1, System.nanoTime() - start);
  }

  /** Prints the stats table when --stats was given. */
  void finish() {
    if (options.stats) {
      stats.print(err);
    }
  }

  /** Exit status 1 with a message when no article could be read. */
  int nothingRead(int skipped) {
    err.println(
        "triangulate: nothing could be read"
            + (skipped > 0 ? " (" + skipped + " inputs skipped, reasons above)" : ""));
    finish();
    return 1;
  }

  private Progress progress() {
    boolean show =
        switch (options.progress) {
          case always -> true;
          case never -> false;
          case auto -> Boolean.getBoolean(STDERR_TERMINAL_PROPERTY);
        };
    return show ? Progress.on(err) : Progress.none();
  }
}
