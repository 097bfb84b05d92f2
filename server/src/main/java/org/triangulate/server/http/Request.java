package org.triangulate.server.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a handler sees it: the path's named segments, the query parameters, the content
 * type and the body (read only for methods that carry one, never beyond the size limit).
 */
record Request(
    String method,
    Map<String, String> path,
    Map<String, String> query,
    Optional<String> contentType,
    byte[] body) {

  /** The query parameter {@code name}, when given and not blank. */
  Optional<String> param(String name) {
    return Optional.ofNullable(query.get(name)).filter(v -> !v.isBlank());
  }

  /** The query parameter {@code name} as a number in [min, max], else {@code fallback}. */
  int intParam(String name, int fallback, int min, int max) throws HttpError {
    Optional<String> value = param(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.get().strip());
      if (n < min || n > max) {
        throw new HttpError(400, name + " must be in [" + min + ", " + max + "]: " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new HttpError(400, name + " must be a whole number: " + value.get());
    }
  }

  /** The decoded parameters of {@code uri}'s query; the first of repeated names wins. */
  static Map<String, String> parseQuery(URI uri) {
    Map<String, String> params = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : List.of(raw.split("&"))) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        params.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A malformed escape: the parameter is ignored, as if absent.
      }
    }
    return params;
  }
}
