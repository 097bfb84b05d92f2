package org.triangulate.ingest;

/** Thrown when a document holds no article: an empty page, binary content, only boilerplate. */
public final class NoArticleException extends Exception {
  private final String source;

  /**
   * @param source the document's source, as in {@link org.triangulate.model.Document#source()}
   * @param reason why there is no article, in words a user can act on
   */
  public NoArticleException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
  }

  /** The document's source. */
  public String source() {
    return source;
  }

  /** The reason, without the source. */
  public String reason() {
    return getMessage().substring(source.length() + 2);
  }
}
