package org.triangulate.ingest.internal;

/**
 * The key two texts are compared by when only their words matter: letters and digits, lower-cased,
 * everything else dropped ({@code "Dam: the Vote!"} → {@code "damthevote"}). Stateless and
 * thread-safe.
 */
public final class LetterKey {
  private LetterKey() {}

  /** The letters and digits of {@code text}, lower-cased, in order. */
  public static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.appendCodePoint(Character.toLowerCase(c));
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }
}
