package org.triangulate.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The article object of a page's JSON-LD ({@code <script type="application/ld+json">}): its
 * headline, authors, publication date and publisher. Malformed JSON is ignored. Immutable.
 */
final class JsonLd {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "Article",
          "NewsArticle",
          "BlogPosting",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "OpinionNewsArticle",
          "BackgroundNewsArticle",
          "ReviewNewsArticle",
          "TechArticle",
          "ScholarlyArticle",
          "LiveBlogPosting",
          "SocialMediaPosting",
          "Report");

  private final Optional<JsonNode> article;
  private final List<JsonNode> objects;

  private JsonLd(Optional<JsonNode> article, List<JsonNode> objects) {
    this.article = article;
    this.objects = List.copyOf(objects);
  }

  /**
   * The first article-like object in {@code scripts}, the page's JSON-LD scripts in document order:
   * the first object of an article type, else the first with a headline. A script whose text names
   * neither is not parsed, and none is parsed after one that holds an article.
   */
  static JsonLd of(List<Element> scripts) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : scripts) {
      String data = script.data();
      if (!mayHoldArticle(data)) {
        continue;
      }
      try {
        collect(JSON.readTree(data), objects);
      } catch (JsonProcessingException e) {
        // a page's broken JSON-LD is common and harmless: the other sources still apply
      }
      Optional<JsonNode> typed = objects.stream().filter(JsonLd::isArticle).findFirst();
      if (typed.isPresent()) {
        return new JsonLd(typed, objects);
      }
    }
    return new JsonLd(objects.stream().filter(o -> o.has("headline")).findFirst(), objects);
  }

  /**
   * Every type of {@link #ARTICLE_TYPES} holds one of the first three words; other objects matter
   * only for their headline or date.
   */
  private static boolean mayHoldArticle(String json) {
    return json.contains("Article")
        || json.contains("datePublished")
        || json.contains("Posting")
        || json.contains("Report")
        || json.contains("headline");
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> collect(child, out));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out);
      collect(node.get("mainEntity"), out);
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  Optional<String> headline() {
    return article.flatMap(a -> text(a.get("headline")));
  }

  Optional<String> datePublished() {
    return article.flatMap(a -> text(a.get("datePublished")));
  }

  /** The first {@code datePublished} of any object read, the article's or another's (a WebPage). */
  Optional<String> anyDatePublished() {
    return objects.stream().flatMap(o -> text(o.get("datePublished")).stream()).findFirst();
  }

  Optional<String> publisher() {
    return article.flatMap(a -> name(a.get("publisher")));
  }

  List<String> authors() {
    List<String> names = new ArrayList<>();
    article.map(a -> a.get("author")).ifPresent(author -> addNames(author, names));
    return names;
  }

  private static void addNames(JsonNode author, List<String> names) {
    if (author.isArray()) {
      author.forEach(a -> addNames(a, names));
    } else {
      name(author).filter(n -> !names.contains(n)).ifPresent(names::add);
    }
  }

  private static Optional<String> name(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isObject()) {
      return text(node.get("name"));
    }
    if (node.isArray()) {
      return node.isEmpty() ? Optional.empty() : name(node.get(0));
    }
    return text(node);
  }

  private static Optional<String> text(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return Optional.empty();
    }
    String value = node.asText().strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
