package org.triangulate.ingest.read;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input file the reader understands, told apart by file ending. */
enum InputKind {
  TEXT,
  HTML,
  JSONL,
  WARC,
  FEED;

  /** Endings stripped from a file name to make its id, longest match first at each step. */
  private static final List<String> ENDINGS =
      List.of(".gz", ".html", ".htm", ".txt", ".text", ".jsonl", ".warc", ".xml", ".rss", ".atom");

  /** The kind a file name's endings name, or empty when they name none (sniff the content). */
  static Optional<InputKind> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String ending = dot < 0 ? "" : name.substring(dot);
    return switch (ending) {
      case ".txt", ".text" -> Optional.of(TEXT);
      case ".html", ".htm" -> Optional.of(HTML);
      case ".jsonl" -> Optional.of(JSONL);
      case ".warc" -> Optional.of(WARC);
      case ".xml", ".rss", ".atom" -> Optional.of(FEED);
      default -> Optional.empty();
    };
  }

  /**
   * A file's article id: its name without the input endings ({@code x.html.gz} gives {@code x};
   * {@code lemire.me.json.html} gives {@code lemire.me.json}). A name made only of endings keeps
   * its last one stripped.
   */
  static String idOf(String fileName) {
    String id = fileName;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      String lower = id.toLowerCase(Locale.ROOT);
      for (String ending : ENDINGS) {
        if (lower.endsWith(ending) && lower.length() > ending.length()) {
          id = id.substring(0, id.length() - ending.length());
          stripped = true;
          break;
        }
      }
    }
    return id.isBlank() ? fileName : id;
  }
}
