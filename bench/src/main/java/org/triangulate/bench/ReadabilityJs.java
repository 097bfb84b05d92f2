package org.triangulate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Readability.js peer ({@code bench/readability-js/bench.mjs} on node) and reads the pages
 * per second it prints. Stateless.
 */
final class ReadabilityJs {
  private ReadabilityJs() {}

  /** The peer's rate, or empty (with a note on standard error) when node or the peer is missing. */
  static Optional<Double> run(Path pages, double seconds) throws IOException, InterruptedException {
    Path script = locate();
    if (!Files.isDirectory(script.getParent().resolve("node_modules"))) {
      System.err.println(
          "readability.js: skipped, run `npm ci` in " + script.getParent() + " first");
      return Optional.empty();
    }
    Process node =
        new ProcessBuilder(
                "node",
                script.toString(),
                pages.toString(),
                String.format(Locale.ROOT, "%f", seconds))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    byte[] out = node.getInputStream().readAllBytes();
    if (!node.waitFor(10, TimeUnit.MINUTES) || node.exitValue() != 0) {
      System.err.println("readability.js: the node run failed");
      return Optional.empty();
    }
    List<String> lines = new String(out, StandardCharsets.UTF_8).strip().lines().toList();
    return Optional.of(Double.parseDouble(lines.get(lines.size() - 1).strip()));
  }

  private static Path locate() {
    String given = System.getProperty("bench.readability");
    if (given != null) {
      return Path.of(given);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("bench/readability-js/bench.mjs");
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    return Path.of("bench/readability-js/bench.mjs");
  }
}
