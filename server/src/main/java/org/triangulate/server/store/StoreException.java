package org.triangulate.server.store;

import java.io.IOException;

/** A data directory that cannot be used: not a store, locked by another process, or damaged. */
public final class StoreException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}, which names the directory or file. */
  public StoreException(String message) {
    super(message);
  }

  /** An exception with {@code message} and its {@code cause}. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
