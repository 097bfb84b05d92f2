package org.triangulate.server.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One route: a method, a path template whose {@code {name}} segments match any one segment, and its
 * handler. Immutable.
 *
 * @param method the HTTP method
 * @param template the path template, as in the OpenAPI document ({@code /api/stories/{id}})
 * @param handler what answers it
 */
record Route(String method, String template, Handler handler) {

  /** Answers a matched request. */
  @FunctionalInterface
  interface Handler {
    Response handle(Request request) throws HttpError;
  }

  Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(handler, "handler");
  }

  /** The named segments of {@code rawPath} when it matches the template, else empty. */
  Optional<Map<String, String>> match(String rawPath) {
    List<String> want = segments(template);
    List<String> got = segments(rawPath);
    if (want.size() != got.size()) {
      return Optional.empty();
    }
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < want.size(); i++) {
      String w = want.get(i);
      String value;
      try {
        value = URLDecoder.decode(got.get(i).replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      if (w.startsWith("{") && w.endsWith("}")) {
        if (value.isEmpty()) {
          return Optional.empty();
        }
        names.put(w.substring(1, w.length() - 1), value);
      } else if (!w.equals(value)) {
        return Optional.empty();
      }
    }
    return Optional.of(names);
  }

  private static List<String> segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
  }
}
