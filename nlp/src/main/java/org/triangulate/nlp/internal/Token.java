package org.triangulate.nlp.internal;

/**
 * A word or punctuation mark of a text, as a span.
 *
 * @param text the token as written
 * @param start offset in the text
 * @param end offset after the token
 */
public record Token(String text, int start, int end) {
  /** Whether the token starts with an upper-case letter. */
  public boolean capitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** Whether the token starts with a letter or digit. */
  public boolean wordLike() {
    return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
  }
}
