package org.triangulate.server.http;

import java.nio.charset.StandardCharsets;

/**
 * A response to send: status, content type and body bytes. Immutable (the body is never changed
 * after it is made).
 */
record Response(int status, String contentType, byte[] body) {
  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  static Response html(int status, String page) {
    return new Response(status, HTML, page.getBytes(StandardCharsets.UTF_8));
  }

  static Response json(int status, String json) {
    return new Response(status, JSON, json.getBytes(StandardCharsets.UTF_8));
  }
}
