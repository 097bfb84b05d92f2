package org.triangulate.ingest.text;

import java.util.Locale;
import org.triangulate.ingest.internal.PatternTable;

/**
 * The table of boilerplate line patterns ({@code boilerplate-lines.txt}): appeals, cookie and
 * newsletter prompts, captions and credits, copyright, share and comment prompts. Lines longer than
 * {@value #MAX_LENGTH} characters never match, so article paragraphs are kept. Immutable and
 * thread-safe.
 */
public final class BoilerplateLines {
  /** Longer lines are article text whatever they contain. */
  public static final int MAX_LENGTH = 300;

  private final PatternTable patterns =
      PatternTable.of(BoilerplateLines.class, "boilerplate-lines.txt", 0);

  /** Loads the built-in table. */
  public BoilerplateLines() {}

  /** Whether {@code line}, stripped, is boilerplate. */
  public boolean matches(String line) {
    String text = line.strip();
    return text.length() <= MAX_LENGTH && patterns.foundIn(text.toLowerCase(Locale.ROOT));
  }
}
