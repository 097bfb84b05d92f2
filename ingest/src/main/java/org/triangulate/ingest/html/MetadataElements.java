package org.triangulate.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a page that state its metadata, gathered in one walk over the document instead of
 * one selector query each: {@code <meta>} tags, JSON-LD scripts, canonical links, {@code <time
 * datetime>}, {@code <h1>} headings and elements that may hold a byline, each list in document
 * order. Built per page and not shared; the lists are unmodifiable.
 */
final class MetadataElements {
  private static final Pattern AUTHOR_CLASS =
      Pattern.compile("(?i)(.*[-_])?(author|byline)([-_]?name)?");

  private final List<Element> metas = new ArrayList<>();
  private final List<Element> jsonLdScripts = new ArrayList<>();
  private final List<Element> canonicalLinks = new ArrayList<>();
  private final List<Element> times = new ArrayList<>();
  private final List<Element> headings = new ArrayList<>();
  private final List<Element> datePublishedElements = new ArrayList<>();
  private final List<Element> dateTextElements = new ArrayList<>();
  private boolean inBody;
  private final List<Element> bylineElements = new ArrayList<>();

  private MetadataElements() {}

  /** The metadata elements of {@code page}. */
  static MetadataElements of(Document page) {
    MetadataElements found = new MetadataElements();
    Element body = page.body();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              found.inBody |= node == body;
              found.sort(e);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            found.inBody &= node != body;
          }
        },
        page);
    return found;
  }

  /** The {@code <meta>} elements. */
  List<Element> metas() {
    return Collections.unmodifiableList(metas);
  }

  /** The {@code <script type="application/ld+json">} elements. */
  List<Element> jsonLdScripts() {
    return Collections.unmodifiableList(jsonLdScripts);
  }

  /** The {@code <link rel="canonical">} elements. */
  List<Element> canonicalLinks() {
    return Collections.unmodifiableList(canonicalLinks);
  }

  /** The {@code <time>} elements with a {@code datetime} attribute. */
  List<Element> times() {
    return Collections.unmodifiableList(times);
  }

  /**
   * The elements other than {@code <meta>} marked {@code itemprop="datePublished"} that hold the
   * date in a {@code content} or {@code datetime} attribute.
   */
  List<Element> datePublishedElements() {
    return Collections.unmodifiableList(datePublishedElements);
  }

  /** The elements of the body that may hold a written date ({@link VisibleDates#mayHoldDate}). */
  List<Element> dateTextElements() {
    return Collections.unmodifiableList(dateTextElements);
  }

  /** The {@code <h1>} elements. */
  List<Element> headings() {
    return Collections.unmodifiableList(headings);
  }

  /** The elements that may hold a byline (see {@link #mayHoldByline}). */
  List<Element> bylineElements() {
    return Collections.unmodifiableList(bylineElements);
  }

  private void sort(Element e) {
    switch (e.normalName()) {
      case "meta" -> metas.add(e);
      case "script" -> {
        if (valueIs(e, "type", "application/ld+json")) {
          jsonLdScripts.add(e);
        }
      }
      case "link" -> {
        if (valueIs(e, "rel", "canonical")) {
          canonicalLinks.add(e);
        }
      }
      case "time" -> {
        if (e.hasAttr("datetime")) {
          times.add(e);
        }
      }
      case "h1" -> headings.add(e);
      default -> {
        if (valueIs(e, "itemprop", "datePublished")
            && (e.hasAttr("content") || e.hasAttr("datetime"))) {
          datePublishedElements.add(e);
        }
      }
    }
    String lowerClass = e.attr("class").toLowerCase(Locale.ROOT);
    if (mayHoldByline(e, lowerClass)) {
      bylineElements.add(e);
    }
    if (inBody && VisibleDates.mayHoldDate(e, lowerClass)) {
      dateTextElements.add(e);
    }
  }

  /**
   * Whether {@code e} marks an author: {@code rel="author"}, {@code itemprop="author"}, or (on an
   * element with a class) any {@code rel} or {@code itemprop}, or a class such as "author-name".
   */
  private static boolean mayHoldByline(Element e, String lowerClass) {
    if (valueIs(e, "rel", "author") || valueIs(e, "itemprop", "author")) {
      return true;
    }
    if (!e.hasAttr("class")) {
      return false;
    }
    if (e.hasAttr("rel") || e.hasAttr("itemprop")) {
      return true;
    }
    return (lowerClass.contains("author") || lowerClass.contains("byline"))
        && e.classNames().stream().anyMatch(c -> AUTHOR_CLASS.matcher(c).matches());
  }

  /** Whether the attribute, trimmed, equals {@code value} without case, as a CSS selector tests. */
  private static boolean valueIs(Element e, String attribute, String value) {
    return e.hasAttr(attribute) && value.equalsIgnoreCase(e.attr(attribute).trim());
  }
}
