package org.triangulate.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Applies a function to every item of a list on a fixed number of threads, keeping the order.
 *
 * <p>Not reentrant: one {@link #map} at a time per instance. Close it to stop its threads.
 */
final class OrderedParallel implements AutoCloseable {
  private final ExecutorService executor;
  private final int threads;

  OrderedParallel(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    this.executor = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonFactory());
  }

  /** The results of {@code function} on each item, in the items' order. */
  <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
    if (executor == null || items.size() < 2) {
      List<R> results = new ArrayList<>(items.size());
      for (T item : items) {
        results.add(function.apply(item));
      }
      return results;
    }
    List<Future<R>> futures = new ArrayList<>(items.size());
    for (T item : items) {
      futures.add(executor.submit(() -> function.apply(item)));
    }
    List<R> results = new ArrayList<>(items.size());
    for (Future<R> future : futures) {
      results.add(join(future));
    }
    return results;
  }

  int threads() {
    return threads;
  }

  private static <R> R join(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("worker failed", e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemonFactory() {
    return runnable -> {
      Thread thread = new Thread(runnable, "triangulate-worker");
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
