package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code triangulate} command: its entry point and the list of subcommands. */
@Command(
    name = "triangulate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {
      AnalyzeCommand.class,
      ExtractCommand.class,
      IngestCommand.class,
      ServeCommand.class,
      HelpCommand.class
    },
    description = {
      "Compares what news outlets report about the same events: what happened, who said what,"
          + " where the outlets agree and where they contradict each other."
    })
public final class Triangulate implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status: 0 done, 1 nothing read, 2 bad usage. */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new Triangulate());
    commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          cmd.getErr().println("triangulate: " + exception);
          exception.printStackTrace(cmd.getErr());
          return 1;
        });
    return commandLine.execute(args);
  }
}
