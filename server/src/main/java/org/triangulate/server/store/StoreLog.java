package org.triangulate.server.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * An append-only file of checksummed records, made durable with {@code fsync} before {@link
 * #append} returns.
 *
 * <p>The file starts with the 8 bytes {@code TRILOG01}; each record is its payload length (a
 * big-endian int), the CRC-32C of the payload (an int) and the payload. A crash can leave only the
 * last record torn (cut short, or with bytes that do not match the checksum): {@link #open} keeps
 * every whole record before it and cuts the file back to the end of the last whole record, so the
 * next append starts clean.
 *
 * <p>Not thread-safe: one writer at a time (the {@link CorpusStore} holds the lock).
 */
final class StoreLog implements Closeable {
  static final byte[] MAGIC = "TRILOG01".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER = 8;
  static final int MAX_RECORD = 256 << 20;

  private final FileChannel channel;
  private long end;

  /**
   * What {@link #open} found: the open log, the whole records in order, and the torn tail it cut.
   *
   * @param log the log, positioned for appending
   * @param records every whole record's payload, in file order
   * @param cut how many bytes of a torn last record were dropped (0 when none)
   * @param cutAt the offset where the torn record started
   */
  record Opened(StoreLog log, List<byte[]> records, long cut, long cutAt) {
    Opened {
      records = List.copyOf(records);
    }
  }

  private StoreLog(FileChannel channel, long end) {
    this.channel = channel;
    this.end = end;
  }

  /**
   * Opens {@code file}, creating it when missing, reads its records and cuts a torn tail.
   *
   * @throws StoreException when the file is not a Triangulate log
   */
  static Opened open(Path file) throws IOException {
    boolean created = !Files.exists(file);
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      if (created || channel.size() == 0) {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(MAGIC), 0);
        channel.force(true);
        syncDirectory(file.toAbsolutePath().getParent());
      }
      checkMagic(channel, file);
      List<byte[]> records = new ArrayList<>();
      long end = readRecords(channel, records);
      long size = channel.size();
      if (end < size) {
        channel.truncate(end);
        channel.force(true);
      }
      return new Opened(new StoreLog(channel, end), records, size - end, end);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Appends {@code payloads} as records and forces them to disk before returning. */
  void append(List<byte[]> payloads) throws IOException {
    if (payloads.isEmpty()) {
      return;
    }
    int total = 0;
    for (byte[] payload : payloads) {
      if (payload.length == 0 || payload.length > MAX_RECORD) {
        throw new IllegalArgumentException("record size out of range: " + payload.length);
      }
      total += HEADER + payload.length;
    }
    ByteBuffer buffer = ByteBuffer.allocate(total);
    for (byte[] payload : payloads) {
      buffer.putInt(payload.length).putInt(crc(payload)).put(payload);
    }
    buffer.flip();
    long at = end;
    while (buffer.hasRemaining()) {
      at += channel.write(buffer, at);
    }
    channel.force(false);
    end = at;
  }

  /** The file's length in bytes: the end of its last record. */
  long size() {
    return end;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private static void checkMagic(FileChannel channel, Path file) throws IOException {
    ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
    readFully(channel, magic, 0);
    if (magic.hasRemaining() || !java.util.Arrays.equals(magic.array(), MAGIC)) {
      throw new StoreException(file + ": not a Triangulate store log (bad header at offset 0)");
    }
  }

  /** Reads whole records into {@code records}; returns the offset just past the last one. */
  private static long readRecords(FileChannel channel, List<byte[]> records) throws IOException {
    long size = channel.size();
    long at = MAGIC.length;
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    while (at + HEADER <= size) {
      header.clear();
      readFully(channel, header, at);
      header.flip();
      int length = header.getInt();
      int crc = header.getInt();
      if (length <= 0 || length > MAX_RECORD || at + HEADER + length > size) {
        break;
      }
      ByteBuffer payload = ByteBuffer.allocate(length);
      readFully(channel, payload, at + HEADER);
      if (crc(payload.array()) != crc) {
        break;
      }
      records.add(payload.array());
      at += HEADER + length;
    }
    return at;
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long at)
      throws IOException {
    long position = at;
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position);
      if (read < 0) {
        return;
      }
      position += read;
    }
  }

  private static int crc(byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(payload);
    return (int) crc.getValue();
  }

  /** Makes a new file's directory entry durable (Linux allows fsync on a directory). */
  static void syncDirectory(Path directory) {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory; the file's own fsync is then all they allow.
    }
  }
}
