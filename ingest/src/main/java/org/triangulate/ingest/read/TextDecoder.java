package org.triangulate.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text or HTML input into a string.
 *
 * <p>The charset is, in order: a byte-order mark; a charset the container declared (an HTTP {@code
 * Content-Type}); for HTML, a {@code <meta charset>} or {@code http-equiv} declaration in the first
 * 4 KB; UTF-8 when the bytes are valid UTF-8; else windows-1252. Stateless.
 */
final class TextDecoder {
  private static final int META_WINDOW = 4096;
  private static final int UTF16_WINDOW = 512;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param html whether to look for a {@code <meta>} charset declaration
   * @param declared a charset name the container gave, possibly unknown or malformed
   */
  static String decode(byte[] bytes, boolean html, Optional<String> declared) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Optional<Charset> utf16 = utf16(bytes, bytes.length);
    if (utf16.isPresent()) {
      return new String(bytes, utf16.get()).replace("\u0000", "");
    }
    Optional<Charset> charset = declared.flatMap(TextDecoder::charsetNamed);
    if (charset.isEmpty() && html) {
      String head =
          new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
      Matcher meta = META_CHARSET.matcher(head);
      if (meta.find()) {
        charset = charsetNamed(meta.group(1));
      }
    }
    String text =
        charset.isPresent()
            ? new String(bytes, charset.get())
            : validUtf8(bytes)
                ? new String(bytes, StandardCharsets.UTF_8)
                : new String(bytes, WINDOWS_1252);
    return text.indexOf('\u0000') >= 0 ? text.replace("\u0000", "") : text;
  }

  /**
   * UTF-16 when the bytes start with its byte-order mark or, without one, when nearly every second
   * byte of the first {@value #UTF16_WINDOW} is zero (ASCII markup in UTF-16).
   */
  static Optional<Charset> utf16(byte[] bytes, int length) {
    if (length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    int window = Math.min(length, UTF16_WINDOW) & ~1;
    if (window < 16) {
      return Optional.empty();
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < window; i += 2) {
      evenZero += bytes[i] == 0 ? 1 : 0;
      oddZero += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = window / 2;
    if (evenZero * 10 >= pairs * 9 && oddZero * 10 < pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (oddZero * 10 >= pairs * 9 && evenZero * 10 < pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static Optional<Charset> charsetNamed(String name) {
    String normalized = name.strip().toLowerCase(Locale.ROOT);
    // Browsers read latin-1 and ascii labels as windows-1252 (WHATWG Encoding), and so do we.
    if (normalized.equals("iso-8859-1")
        || normalized.equals("latin1")
        || normalized.equals("us-ascii")
        || normalized.equals("ascii")) {
      return Optional.of(WINDOWS_1252);
    }
    try {
      return Optional.of(Charset.forName(normalized));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
