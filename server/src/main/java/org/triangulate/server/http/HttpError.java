package org.triangulate.server.http;

/** A request the server refuses, with the HTTP status and a message for the client. */
final class HttpError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  HttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
