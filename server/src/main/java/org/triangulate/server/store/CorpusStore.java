package org.triangulate.server.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.triangulate.model.Brief;

/**
 * The persistent corpus in a data directory: one append-only log ({@code store.log}, see {@link
 * StoreLog}) of articles with their analyses and of story briefs, plus a lock file.
 *
 * <p>An append is on disk when {@link #append} returns; a crash at any moment loses at most the
 * entries of an append that had not returned. Opening replays the log, cuts a torn tail, and
 * rewrites the log without superseded briefs when they outnumber the live ones. One process at a
 * time holds a directory ({@link StoreException} otherwise). Not thread-safe: callers serialise
 * appends.
 */
public final class CorpusStore implements Closeable {
  static final String LOG = "store.log";
  private static final String LOCK = "lock";

  private final Path directory;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Replay replay;
  private StoreLog log;

  /**
   * What the log held when the store was opened.
   *
   * @param articles the articles in the order they were added
   * @param stories each live story's latest brief, in the order the stories were first saved
   * @param cutBytes bytes of a torn last record that opening dropped (0 when the log was whole)
   */
  public record Replay(
      List<LogEntry.ArticleAdded> articles, Map<String, Brief> stories, long cutBytes) {
    public Replay {
      articles = List.copyOf(articles);
      stories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stories));
    }
  }

  private CorpusStore(Path directory, FileChannel lockChannel, FileLock lock) throws IOException {
    this.directory = directory;
    this.lockChannel = lockChannel;
    this.lock = lock;
    StoreLog.Opened opened = StoreLog.open(directory.resolve(LOG));
    this.log = opened.log();
    this.replay = replay(opened);
    if (opened.records().size() > 2 * (replay.articles().size() + replay.stories().size()) + 1000) {
      compact();
    }
  }

  /**
   * Opens the store in {@code directory}, creating the directory and an empty store when missing.
   *
   * @throws StoreException when another process holds the directory or the log is not a store's
   */
  public static CorpusStore open(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Path dir = directory.toAbsolutePath();
    Files.createDirectories(dir);
    FileChannel lockChannel =
        FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock;
      try {
        lock = lockChannel.tryLock();
      } catch (java.nio.channels.OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new StoreException(
            dir + " is in use by another triangulate process (serve or ingest); stop it first");
      }
      return new CorpusStore(dir, lockChannel, lock);
    } catch (IOException | RuntimeException e) {
      lockChannel.close();
      throw e;
    }
  }

  /** The data directory. */
  public Path directory() {
    return directory;
  }

  /** What the log held when the store was opened. */
  public Replay replay() {
    return replay;
  }

  /** Appends {@code entries} in order; they are on disk when this returns. */
  public void append(List<? extends LogEntry> entries) throws IOException {
    List<byte[]> payloads = new ArrayList<>(entries.size());
    for (LogEntry entry : entries) {
      payloads.add(EntryCodec.encode(entry));
    }
    log.append(payloads);
  }

  /** The log's size in bytes. */
  public long size() {
    return log.size();
  }

  @Override
  public void close() throws IOException {
    try {
      log.close();
    } finally {
      lock.release();
      lockChannel.close();
    }
  }

  private Replay replay(StoreLog.Opened opened) throws StoreException {
    List<LogEntry.ArticleAdded> articles = new ArrayList<>();
    Map<String, Brief> stories = new LinkedHashMap<>();
    int index = 0;
    for (byte[] record : opened.records()) {
      index++;
      LogEntry entry;
      try {
        entry = EntryCodec.decode(record);
      } catch (IOException | RuntimeException e) {
        throw new StoreException(
            directory.resolve(LOG) + ": record " + index + " is whole but unreadable: " + e, e);
      }
      switch (entry) {
        case LogEntry.ArticleAdded added -> articles.add(added);
        case LogEntry.StorySaved saved -> stories.put(saved.brief().story().id(), saved.brief());
        case LogEntry.StoryDropped dropped -> stories.remove(dropped.story());
      }
    }
    return new Replay(articles, stories, opened.cut());
  }

  /** Rewrites the log with only the live entries, then swaps it in atomically. */
  private void compact() throws IOException {
    Path target = directory.resolve(LOG);
    Path fresh = directory.resolve(LOG + ".compact");
    Files.deleteIfExists(fresh);
    List<LogEntry> live = new ArrayList<>(replay.articles());
    replay.stories().values().forEach(brief -> live.add(new LogEntry.StorySaved(brief)));
    StoreLog.Opened opened = StoreLog.open(fresh);
    try (StoreLog compacted = opened.log()) {
      List<byte[]> payloads = new ArrayList<>(live.size());
      for (LogEntry entry : live) {
        payloads.add(EntryCodec.encode(entry));
      }
      compacted.append(payloads);
    }
    log.close();
    Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    StoreLog.syncDirectory(directory);
    log = StoreLog.open(target).log();
  }
}
