package org.triangulate.server.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.triangulate.server.corpus.Corpus;

/**
 * The web app and HTTP API over a {@link Corpus}, on the JDK's built-in HTTP server with one
 * virtual thread per request.
 *
 * <p>Every response carries a Content-Security-Policy that lets a page load only from this server
 * and run no inline script, and {@code nosniff}. Bodies larger than {@link ServerConfig#maxBody()}
 * get 413 before they are read; unknown paths 404, known paths with another method 405. Handlers
 * read only the corpus: no request can make the server read a file it was not started with.
 * Thread-safe; {@link #close} stops it.
 */
public final class HttpApp implements Closeable {
  static final String CSP =
      "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none';"
          + " object-src 'none'";

  /** How much of a refused body is read and discarded before the connection is closed. */
  private static final long DRAIN_LIMIT = 64L << 20;

  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Route> routes;
  private final ServerConfig config;

  private HttpApp(
      HttpServer server, ExecutorService executor, List<Route> routes, ServerConfig config) {
    this.server = server;
    this.executor = executor;
    this.routes = routes;
    this.config = config;
  }

  /** Starts serving {@code corpus} with {@code config}. */
  public static HttpApp start(Corpus corpus, ServerConfig config) throws IOException {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(config, "config");
    // Without TCP_NODELAY a response written as headers then body waits on the client's delayed
    // ACK (about 40 ms): 340 requests/s instead of thousands. The JDK server reads this once.
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 256);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    List<Route> routes = new ArrayList<>();
    routes.addAll(new PageRoutes(corpus, config).routes());
    routes.addAll(new ApiRoutes(corpus).routes());
    routes.addAll(StaticRoutes.routes());
    HttpApp app = new HttpApp(server, executor, List.copyOf(routes), config);
    server.createContext("/", app::handle);
    server.setExecutor(executor);
    server.start();
    return app;
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The address it listens on, as {@code http://host:port}. */
  public String address() {
    String host = server.getAddress().getAddress().getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }

  /** The routes it answers, in match order: method and path template. */
  public List<String> routes() {
    return routes.stream().map(r -> r.method() + " " + r.template()).toList();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Response response;
    try {
      response = dispatch(exchange);
    } catch (HttpError e) {
      response = error(exchange, e.status(), e.getMessage());
    } catch (RuntimeException e) {
      response = error(exchange, 500, "internal error: " + e);
    }
    send(exchange, response);
  }

  private Response dispatch(HttpExchange exchange) throws HttpError, IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = exchange.getRequestURI().getRawPath();
    boolean pathKnown = false;
    for (Route route : routes) {
      Optional<Map<String, String>> names = route.match(path);
      if (names.isEmpty()) {
        continue;
      }
      pathKnown = true;
      boolean head = method.equals("HEAD") && route.method().equals("GET");
      if (!route.method().equals(method) && !head) {
        continue;
      }
      byte[] body = route.method().equals("POST") ? readBody(exchange) : new byte[0];
      Request request =
          new Request(
              method,
              names.get(),
              Request.parseQuery(exchange.getRequestURI()),
              Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")),
              body);
      return route.handler().handle(request);
    }
    if (pathKnown) {
      throw new HttpError(405, "method " + method + " is not allowed on " + path);
    }
    throw new HttpError(404, "no such page: " + path);
  }

  private byte[] readBody(HttpExchange exchange) throws HttpError, IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    long declared;
    try {
      declared = length == null ? 0 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      throw new HttpError(400, "bad Content-Length: " + length);
    }
    try (InputStream in = exchange.getRequestBody()) {
      if (declared <= config.maxBody()) {
        byte[] body = in.readNBytes(config.maxBody() + 1);
        if (body.length <= config.maxBody()) {
          return body;
        }
      }
      drainBeforeRefusing(in);
      throw tooLarge();
    }
  }

  /**
   * Reads and discards a refused body up to {@link #DRAIN_LIMIT} bytes. Closing the connection
   * while the client is still sending makes its TCP stack reset the connection, and many clients
   * then lose the 413 and report only a broken connection; a body beyond the limit is cut off
   * anyway.
   */
  private static void drainBeforeRefusing(InputStream in) throws IOException {
    long drained = 0;
    byte[] sink = new byte[64 * 1024];
    int read;
    while (drained < DRAIN_LIMIT && (read = in.read(sink)) > 0) {
      drained += read;
    }
  }

  private HttpError tooLarge() {
    return new HttpError(
        413, "request body larger than the limit of " + config.maxBody() + " bytes");
  }

  private static Response error(HttpExchange exchange, int status, String message) {
    if (exchange.getRequestURI().getRawPath().startsWith("/api/")) {
      return Response.json(status, Json.error(message));
    }
    return Response.html(status, PageShell.errorPage(status, message));
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    headers.set("Content-Security-Policy", CSP);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-store");
    if (response.status() == 413) {
      headers.set("Connection", "close");
    }
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
    exchange.close();
  }
}
