package org.triangulate.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags, read in one pass: the non-empty {@code content} values under each
 * {@code name}, {@code property} and {@code itemprop}, in document order. Keys are written {@code
 * attribute=value} ("property=og:title"), the value compared without case. Immutable.
 */
final class MetaTags {
  private static final String[] KEY_ATTRIBUTES = {"name", "property", "itemprop"};
  private final Map<String, List<String>> contents;

  private MetaTags(Map<String, List<String>> contents) {
    this.contents = contents;
  }

  /** The meta tags among {@code metas}, the page's {@code <meta>} elements in document order. */
  static MetaTags of(List<Element> metas) {
    Map<String, List<String>> contents = new HashMap<>();
    for (Element meta : metas) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attribute : KEY_ATTRIBUTES) {
        String value = meta.attr(attribute);
        if (!value.isEmpty()) {
          String key = attribute + "=" + value.strip().toLowerCase(Locale.ROOT);
          contents.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
        }
      }
    }
    return new MetaTags(contents);
  }

  /** The contents under {@code keys}, the keys in the order given, each key's in page order. */
  List<String> all(String... keys) {
    List<String> found = new ArrayList<>();
    for (String key : keys) {
      found.addAll(contents.getOrDefault(key.toLowerCase(Locale.ROOT), List.of()));
    }
    return found;
  }

  /** The first content under {@code keys}, tried in the order given. */
  Optional<String> first(String... keys) {
    return all(keys).stream().findFirst();
  }
}
