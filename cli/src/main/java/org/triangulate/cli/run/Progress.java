package org.triangulate.cli.run;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows how far a long stage has come, on one rewritten line of a terminal.
 *
 * <p>{@link #none()} shows nothing, for output that is not a terminal. {@link #advance()} may be
 * called from many threads; it redraws at most a few times a second.
 */
public final class Progress {
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintStream out;
  private final boolean enabled;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong lastDraw = new AtomicLong();
  private volatile String stage = "";
  private volatile long total;

  private Progress(PrintStream out, boolean enabled) {
    this.out = out;
    this.enabled = enabled;
  }

  /** Progress drawn on {@code terminal}, which must be a terminal. */
  public static Progress on(PrintStream terminal) {
    return new Progress(terminal, true);
  }

  /** Progress that shows nothing. */
  public static Progress none() {
    return new Progress(System.err, false);
  }

  /** Starts counting a stage of {@code total} items (0 when unknown). */
  public void start(String stageName, long totalItems) {
    stage = stageName;
    total = totalItems;
    done.set(0);
    lastDraw.set(0);
  }

  /** Counts one more item done. */
  public void advance() {
    long now = done.incrementAndGet();
    if (!enabled) {
      return;
    }
    long time = System.nanoTime();
    long last = lastDraw.get();
    if (time - last >= REDRAW_NANOS && lastDraw.compareAndSet(last, time)) {
      draw(now);
    }
  }

  /** Clears the progress line. */
  public void finish() {
    if (enabled) {
      synchronized (out) {
        out.print("\r\033[K");
        out.flush();
      }
    }
  }

  private void draw(long now) {
    String line =
        total > 0
            ? String.format(Locale.ROOT, "%s %d/%d (%d%%)", stage, now, total, now * 100 / total)
            : String.format(Locale.ROOT, "%s %d", stage, now);
    synchronized (out) {
      out.print("\r\033[K" + line);
      out.flush();
    }
  }
}
