package org.triangulate.model;

import java.util.Locale;

/** An actor's position on a story's central question. */
public enum StanceKind {
  SUPPORT,
  OPPOSE,
  MIXED;

  /** The report's name for it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
