package org.triangulate.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.triangulate.report.HtmlParts;

/**
 * The fixed files the server serves from its own class path: the style sheets and the OpenAPI
 * document. Loaded once; thread-safe.
 */
final class StaticRoutes {
  private static final byte[] REPORT_CSS = HtmlParts.css().getBytes(StandardCharsets.UTF_8);
  private static final byte[] APP_CSS = resource("app.css");
  private static final byte[] OPENAPI = resource("openapi.json");

  private StaticRoutes() {}

  static List<Route> routes() {
    return List.of(
        new Route("GET", "/static/report.css", r -> css(REPORT_CSS)),
        new Route("GET", "/static/app.css", r -> css(APP_CSS)),
        new Route("GET", "/openapi.json", r -> new Response(200, "application/json", OPENAPI)));
  }

  /** The OpenAPI document's bytes. */
  static byte[] openApi() {
    return OPENAPI.clone();
  }

  private static Response css(byte[] bytes) {
    return new Response(200, "text/css; charset=utf-8", bytes);
  }

  private static byte[] resource(String name) {
    try (InputStream in = StaticRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/triangulate/server/http/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
