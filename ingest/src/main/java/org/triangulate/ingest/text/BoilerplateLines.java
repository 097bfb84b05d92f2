package org.triangulate.ingest.text;

import java.util.Locale;
import java.util.regex.Pattern;
import org.triangulate.ingest.internal.ResourceLines;

/**
 * The table of boilerplate line patterns ({@code boilerplate-lines.txt}): appeals, cookie and
 * newsletter prompts, captions and credits, copyright, share and comment prompts. Lines longer than
 * {@value #MAX_LENGTH} characters never match, so article paragraphs are kept. Immutable and
 * thread-safe.
 */
public final class BoilerplateLines {
  /** Longer lines are article text whatever they contain. */
  public static final int MAX_LENGTH = 300;

  private final Pattern patterns =
      ResourceLines.union(BoilerplateLines.class, "boilerplate-lines.txt", 0);

  /** Loads the built-in table. */
  public BoilerplateLines() {}

  /** Whether {@code line}, stripped, is boilerplate. */
  public boolean matches(String line) {
    String text = line.strip();
    return text.length() <= MAX_LENGTH && patterns.matcher(text.toLowerCase(Locale.ROOT)).find();
  }
}
