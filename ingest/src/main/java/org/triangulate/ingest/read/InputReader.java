package org.triangulate.ingest.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.triangulate.model.ContentKind;
import org.triangulate.model.Document;
import org.triangulate.model.Skipped;

/**
 * Reads input files and folders into {@link Document}s: plain text, HTML pages, JSONL, WARC
 * archives and RSS/Atom feeds, each optionally gzip-compressed.
 *
 * <p>The kind is chosen by file ending ({@code .txt .text .html .htm .jsonl .warc .xml .rss .atom},
 * optionally followed by {@code .gz}) and, for other names, by the content. Gzip is recognised by
 * its magic bytes. Folders are read recursively, hidden files and folders left out, files in the
 * {@link String} order of their path relative to the folder. Files are read one at a time and
 * container files record by record, so memory holds one file's article at a time.
 *
 * <p>Bad input never throws: each missing path, unreadable, empty or binary file, bad JSONL line,
 * broken WARC record or feed entry without content is passed to {@link DocumentSink#skip} with a
 * reason, and reading goes on. Ids are not made unique here: two files named {@code x.txt} in
 * different folders both give {@code x}; the caller, which sees every input of a run, decides.
 *
 * <p>Not thread-safe: confine an instance to one thread. It may be reused for any number of calls.
 */
public final class InputReader {
  /** The largest single text or HTML file read; larger ones are skipped. */
  static final int MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

  /** Creates a reader. */
  public InputReader() {}

  /**
   * Reads each path, a file or a folder, in the order given, and passes what it finds to {@code
   * sink} in order.
   *
   * @param paths files and folders to read
   * @param sink receives each document and each skipped input
   */
  public void read(List<Path> paths, DocumentSink sink) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(sink, "sink");
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        readFolder(path, sink);
      } else if (Files.exists(path)) {
        readFile(path, sink);
      } else {
        sink.skip(new Skipped(path.toString(), "no such file or folder"));
      }
    }
  }

  private void readFolder(Path folder, DocumentSink sink) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(folder) && hidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !hidden(file)) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              sink.skip(new Skipped(file.toString(), "cannot be read: " + describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      sink.skip(new Skipped(folder.toString(), "folder cannot be read: " + describe(e)));
    }
    files.sort(Comparator.comparing(file -> folder.relativize(file).toString()));
    for (Path file : files) {
      readFile(file, sink);
    }
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private void readFile(Path file, DocumentSink sink) {
    String source = file.toString();
    String fileName = file.getFileName() == null ? source : file.getFileName().toString();
    try (InputStream in = open(file)) {
      byte[] head = new byte[ContentSniffer.WINDOW];
      in.mark(ContentSniffer.WINDOW);
      int length = Math.max(0, in.readNBytes(head, 0, head.length));
      in.reset();
      if (length == 0) {
        sink.skip(new Skipped(source, "empty file"));
        return;
      }
      InputKind kind =
          InputKind.ofFileName(fileName).orElseGet(() -> ContentSniffer.kindOf(head, length));
      if (kind != InputKind.WARC) {
        Optional<String> binary = ContentSniffer.binaryReason(head, length);
        if (binary.isPresent()) {
          sink.skip(new Skipped(source, binary.get()));
          return;
        }
      }
      String id = InputKind.idOf(fileName);
      switch (kind) {
        case TEXT -> readArticle(in, id, source, ContentKind.TEXT, sink);
        case HTML -> readArticle(in, id, source, ContentKind.HTML, sink);
        case JSONL -> JsonLinesReader.read(in, source, sink);
        case WARC -> WarcRecordsReader.read(in, source, sink);
        case FEED -> FeedReader.read(in, source, sink);
      }
    } catch (NoSuchFileException e) {
      sink.skip(new Skipped(source, "no such file or folder"));
    } catch (IOException e) {
      sink.skip(new Skipped(source, "cannot be read: " + describe(e)));
    }
  }

  private static void readArticle(
      InputStream in, String id, String source, ContentKind kind, DocumentSink sink)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_ARTICLE_BYTES + 1);
    if (bytes.length > MAX_ARTICLE_BYTES) {
      sink.skip(new Skipped(source, "larger than 64 MB: too large for one article"));
      return;
    }
    Optional<String> binary = ContentSniffer.binaryReason(bytes, bytes.length);
    if (binary.isPresent()) {
      sink.skip(new Skipped(source, binary.get()));
      return;
    }
    String content = TextDecoder.decode(bytes, kind == ContentKind.HTML, Optional.empty());
    if (content.isBlank()) {
      sink.skip(new Skipped(source, "file holds only white space"));
      return;
    }
    sink.accept(Document.of(id, source, kind, content));
  }

  /** Opens a file buffered, unpacking gzip when the file starts with gzip's magic bytes. */
  private static InputStream open(Path file) throws IOException {
    BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file));
    raw.mark(2);
    int first = raw.read();
    int second = raw.read();
    raw.reset();
    if (first == 0x1f && second == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(raw), ContentSniffer.WINDOW * 2);
    }
    return raw;
  }

  /** A reason for an I/O failure in words a user can act on. */
  static String describe(IOException e) {
    if (e instanceof EOFException || e instanceof ZipException) {
      return "the file is truncated or corrupt (" + message(e) + ")";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return message(e);
  }

  private static String message(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
