package org.triangulate.server.http;

/**
 * Settings of the web server: an immutable value, validated when built.
 *
 * @param host the address to listen on ({@code 127.0.0.1} unless told otherwise)
 * @param port the TCP port; 0 picks a free one
 * @param maxBody the largest request body accepted, in bytes; larger ones get 413
 * @param pageSize how many stories a page of the story list shows
 */
public record ServerConfig(String host, int port, int maxBody, int pageSize) {
  /** The largest request body accepted by default: 10 MiB. */
  public static final int DEFAULT_MAX_BODY = 10 << 20;

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank: " + host);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535]: " + port);
    }
    if (maxBody < 1) {
      throw new IllegalArgumentException("maxBody must be at least 1: " + maxBody);
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
    }
  }

  /** Loopback only, port 8080, 10 MiB bodies, 50 stories a page. */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8080, DEFAULT_MAX_BODY, 50);
  }

  /** These settings on another host. */
  public ServerConfig withHost(String value) {
    return new ServerConfig(value, port, maxBody, pageSize);
  }

  /** These settings on another port. */
  public ServerConfig withPort(int value) {
    return new ServerConfig(host, value, maxBody, pageSize);
  }

  /** These settings with another body limit. */
  public ServerConfig withMaxBody(int value) {
    return new ServerConfig(host, port, value, pageSize);
  }
}
