package org.triangulate.cli.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wall time and item counts per stage of one run, and named totals, for {@code --stats}.
 *
 * <p>Stages are timed one after another by the thread that runs the pipeline; an instance is not
 * meant to be shared between runs. Methods are synchronized so that parallel workers may add
 * counts.
 */
public final class RunStats {
  /** One timed stage. */
  public record StageTime(String stage, long items, long nanos) {
    double millis() {
      return nanos / 1e6;
    }

    double itemsPerSecond() {
      return nanos == 0 ? 0 : items / (nanos / 1e9);
    }
  }

  private final List<StageTime> stages = new ArrayList<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();

  /** Records that {@code stage} handled {@code items} items in {@code nanos} of wall time. */
  public synchronized void stage(String stage, long items, long nanos) {
    stages.add(new StageTime(stage, items, nanos));
  }

  /** Adds {@code amount} to the total named {@code name}. */
  public synchronized void count(String name, long amount) {
    counts.merge(name, amount, Long::sum);
  }

  /** The stages timed so far, in order. */
  public synchronized List<StageTime> stages() {
    return List.copyOf(stages);
  }

  /** The totals so far, in the order they were first counted. */
  public synchronized Map<String, Long> counts() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** Prints a table of the stages and the totals. */
  public synchronized void print(PrintStream out) {
    out.println(
        String.format(Locale.ROOT, "%-12s %8s %10s %10s", "stage", "items", "wall ms", "items/s"));
    long total = 0;
    for (StageTime s : stages) {
      total += s.nanos();
      out.println(
          String.format(
              Locale.ROOT,
              "%-12s %8d %10.1f %10.1f",
              s.stage(),
              s.items(),
              s.millis(),
              s.itemsPerSecond()));
    }
    out.println(String.format(Locale.ROOT, "%-12s %8s %10.1f", "total", "", total / 1e6));
    StringBuilder line = new StringBuilder("counts:");
    counts.forEach(
        (name, value) -> line.append(' ').append(name).append(' ').append(value).append(','));
    if (!counts.isEmpty()) {
      line.setLength(line.length() - 1);
    }
    out.println(line);
  }
}
