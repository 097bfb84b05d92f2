package org.triangulate.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks at the first bytes of an input: whether it is binary, and which kind it is when the file
 * name does not say. Stateless.
 */
final class ContentSniffer {
  /** How many leading bytes the checks look at. */
  static final int WINDOW = 8192;

  private ContentSniffer() {}

  /**
   * Why {@code head} is not text, or empty when it reads as text: NUL bytes (more than a stray one
   * in a thousand), or more than one in ten bytes being control characters other than tab, line
   * feed, form feed and carriage return. UTF-16 text, with or without a byte-order mark, is text.
   */
  static Optional<String> binaryReason(byte[] head, int length) {
    if (TextDecoder.utf16(head, length).isPresent()) {
      return Optional.empty();
    }
    int controls = 0;
    int nuls = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        nuls++;
      } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        controls++;
      }
    }
    if (nuls > 0 && (long) nuls * 1000 >= length) {
      return Optional.of("binary content (NUL bytes): not text, HTML, JSONL, WARC or a feed");
    }
    if (length > 0 && controls * 10 > length) {
      return Optional.of(
          "binary content (many control characters): not text, HTML, JSONL, WARC or a feed");
    }
    return Optional.empty();
  }

  /** The kind the leading bytes look like. */
  static InputKind kindOf(byte[] head, int length) {
    String start =
        new String(head, 0, Math.min(length, 2048), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .replace("\u0000", "")
            .replace("\u00fe\u00ff", "")
            .replace("\u00ff\u00fe", "")
            .replace("\uFEFF", "")
            .replace("\u00ef\u00bb\u00bf", "")
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("warc/")) {
      return InputKind.WARC;
    }
    if (start.startsWith("{")) {
      return InputKind.JSONL;
    }
    if (start.startsWith("<rss") || start.startsWith("<feed") || start.startsWith("<rdf:rdf")) {
      return InputKind.FEED;
    }
    if (start.startsWith("<?xml")) {
      boolean feed = start.contains("<rss") || start.contains("<feed") || start.contains("<rdf");
      return feed ? InputKind.FEED : InputKind.HTML;
    }
    if (start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.startsWith("<!--")
        || start.startsWith("<head")
        || start.startsWith("<body")
        || (start.startsWith("<") && (start.contains("<p") || start.contains("<div")))) {
      return InputKind.HTML;
    }
    return InputKind.TEXT;
  }
}
