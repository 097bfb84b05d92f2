package org.triangulate.model;

/** What a {@link Document}'s content is: plain text as copied from a page, or a saved HTML page. */
public enum ContentKind {
  /** Plain text; it may still hold boilerplate lines that cleaning removes. */
  TEXT,
  /** A saved web page. */
  HTML
}
