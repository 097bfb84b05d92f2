package org.triangulate.report;

import java.util.Locale;
import java.util.Optional;

/**
 * Escapes untrusted text for HTML and decides which web addresses may become links.
 *
 * <p>{@link #escape} makes text safe both as element content and inside a double- or single-quoted
 * attribute value. It also writes every colon as {@code &#58;}, which browsers show and follow as a
 * colon, so that no URL scheme ({@code javascript:} included) appears literally anywhere in a page:
 * a check of the page's bytes can then tell that the only addresses in it are the ones this class
 * allowed. Stateless and thread-safe.
 */
final class HtmlText {
  private HtmlText() {}

  /** {@code text} with {@code & < > " ' :} as character references and NUL replaced. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendEscaped(out, text, 0, text.length());
    return out.toString();
  }

  /** Appends {@code text[start, end)} to {@code out}, escaped as by {@link #escape}. */
  static void appendEscaped(StringBuilder out, String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case ':' -> out.append("&#58;");
        case '\0' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
  }

  /**
   * The address to use as a link target: {@code url} when it is an absolute http or https address,
   * else empty (so {@code javascript:}, {@code data:} and relative addresses never become links).
   */
  static Optional<String> safeHref(String url) {
    String trimmed = url.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    boolean web =
        (lower.startsWith("http://") && lower.length() > 7)
            || (lower.startsWith("https://") && lower.length() > 8);
    return web && trimmed.chars().noneMatch(c -> c < ' ' || c == 0x7f)
        ? Optional.of(trimmed)
        : Optional.empty();
  }

  /**
   * A web address for display: a link showing the address when {@link #safeHref} allows it, else
   * the escaped address as plain text.
   */
  static String url(String url) {
    Optional<String> href = safeHref(url);
    if (href.isPresent()) {
      String escaped = escape(href.get());
      return "<a href=\"" + escaped + "\" rel=\"noreferrer noopener\">" + escaped + "</a>";
    }
    return "<span class=\"url\">" + escape(url) + "</span>";
  }
}
