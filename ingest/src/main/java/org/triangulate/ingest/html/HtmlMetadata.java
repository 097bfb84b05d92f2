package org.triangulate.ingest.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.triangulate.ingest.PublishedDates;
import org.triangulate.ingest.internal.ResourceLines;
import org.triangulate.model.PublicationDate;

/**
 * A page's metadata as the page states it: title, byline, publication date, outlet and canonical
 * address, from Open Graph and other meta tags, JSON-LD, and the markup. Read before cleaning
 * removes headers and bylines. Immutable.
 */
record HtmlMetadata(
    Optional<String> title,
    List<String> byline,
    Optional<PublicationDate> published,
    Optional<String> outlet,
    Optional<String> url) {
  private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|[^\\d])");

  /** Earlier dates in a page's metadata are placeholders such as 0001-01-01, not dates. */
  private static final int MIN_YEAR = 1990;

  private static final Pattern AUTHOR_CLASS =
      Pattern.compile("(?i)(.*[-_])?(author|byline)([-_]?name)?");
  private static final List<Pattern> BYLINE_LABELS = bylinePatterns(false);
  private static final List<Pattern> NOT_NAMES = bylinePatterns(true);
  private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|di|door)\\s+");
  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|\\-\u2013\u2014:\u00b7\u2022\u203a\u00bb]+\\s+");
  private static final String[] DATE_META = {
    "property=article:published_time",
    "property=og:article:published_time",
    "name=article:published_time",
    "itemprop=datePublished",
    "name=pubdate",
    "name=publishdate",
    "name=publish-date",
    "name=publication_date",
    "name=date",
    "name=dc.date",
    "name=DC.date.issued",
    "name=dcterms.created",
    "name=sailthru.date",
    "name=parsely-pub-date",
    "property=article:published",
    "name=article.published"
  };

  static HtmlMetadata read(Document page, Optional<String> documentUrl) {
    JsonLd jsonLd = JsonLd.of(page);
    MetaTags metas = MetaTags.of(page);
    Optional<String> url =
        documentUrl
            .or(() -> attribute(page, "link[rel=canonical]", "abs:href"))
            .or(() -> metas.first("property=og:url"));
    Optional<String> host = url.flatMap(HtmlMetadata::host);
    Optional<String> siteName = metas.first("property=og:site_name").or(jsonLd::publisher);
    Optional<String> title =
        metas
            .first("property=og:title", "name=twitter:title")
            .or(jsonLd::headline)
            .or(() -> firstText(page, "h1"))
            .or(() -> Optional.of(page.title().strip()).filter(t -> !t.isEmpty()))
            .map(t -> stripSiteName(t, siteName, host))
            .map(t -> headingWithin(page, t));
    return new HtmlMetadata(
        title,
        byline(page, jsonLd, metas),
        published(page, jsonLd, metas, url),
        siteName.or(() -> host),
        url);
  }

  private static List<String> byline(Document page, JsonLd jsonLd, MetaTags metas) {
    List<String> names = new ArrayList<>();
    for (String author : jsonLd.authors()) {
      addName(author, names);
    }
    if (names.isEmpty()) {
      metas.first("name=author", "property=article:author").ifPresent(a -> addName(a, names));
    }
    if (names.isEmpty()) {
      for (Element e : select(page, "[rel=author], [itemprop=author], [class]")) {
        if (e.hasAttr("rel")
            || e.hasAttr("itemprop")
            || mayNameAuthor(e.attr("class"))
                && e.classNames().stream().anyMatch(c -> AUTHOR_CLASS.matcher(c).matches())) {
          Element name =
              e.selectFirst(PARSED.computeIfAbsent("[itemprop=name]", QueryParser::parse));
          addName((name == null ? e : name).text(), names);
        }
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    return names;
  }

  /** A cheap test before {@link #AUTHOR_CLASS}: the class attribute holds one of its words. */
  private static boolean mayNameAuthor(String classes) {
    String lower = classes.toLowerCase(Locale.ROOT);
    return lower.contains("author") || lower.contains("byline");
  }

  private static void addName(String raw, List<String> names) {
    String name = BY.matcher(raw.strip()).replaceFirst("").strip();
    for (boolean changed = true; changed; ) {
      changed = false;
      for (Pattern label : BYLINE_LABELS) {
        String stripped = label.matcher(name).replaceFirst("").strip();
        changed |= !stripped.equals(name);
        name = stripped;
      }
    }
    String candidate = name;
    boolean plausible =
        !name.isEmpty()
            && NOT_NAMES.stream().noneMatch(p -> p.matcher(candidate).find())
            && name.length() <= 80
            && !name.contains("://")
            && !name.contains("@")
            && name.split("\\s+").length <= 8;
    if (plausible && !names.contains(name)) {
      names.add(name);
    }
  }

  /** The label patterns of {@code byline-labels.txt}, or its never-a-name ones (marked "!"). */
  private static List<Pattern> bylinePatterns(boolean notNames) {
    return ResourceLines.read(HtmlMetadata.class, "byline-labels.txt").stream()
        .filter(line -> line.startsWith("!") == notNames)
        .map(line -> notNames ? line.substring(1) : line)
        .map(
            line ->
                Pattern.compile(
                    line,
                    Pattern.CASE_INSENSITIVE
                        | Pattern.UNICODE_CASE
                        | Pattern.UNICODE_CHARACTER_CLASS))
        .toList();
  }

  private static Optional<PublicationDate> published(
      Document page, JsonLd jsonLd, MetaTags metas, Optional<String> url) {
    Optional<PublicationDate> date =
        jsonLd
            .datePublished()
            .flatMap(PublishedDates::parse)
            .filter(d -> d.date().getYear() >= MIN_YEAR);
    for (String content : metas.all(DATE_META)) {
      if (date.isPresent()) {
        break;
      }
      date = PublishedDates.parse(content).filter(d -> d.date().getYear() >= MIN_YEAR);
    }
    for (Element time : select(page, "time[datetime]")) {
      if (date.isPresent()) {
        break;
      }
      date =
          PublishedDates.parse(time.attr("datetime")).filter(d -> d.date().getYear() >= MIN_YEAR);
    }
    return date.filter(d -> d.date().getYear() >= MIN_YEAR)
        .or(() -> url.flatMap(HtmlMetadata::dateInUrl))
        .or(() -> VisibleDates.find(page).filter(d -> d.date().getYear() >= MIN_YEAR));
  }

  private static Optional<PublicationDate> dateInUrl(String url) {
    Matcher matcher = URL_DATE.matcher(url);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return PublishedDates.parse(
        String.format(
            Locale.ROOT,
            "%s-%02d-%02d",
            matcher.group(1),
            Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3))));
  }

  /**
   * The page's first {@code <h1>} when the title holds it with more around it ("Headline - a
   * section name | Outlet"): the heading is the headline without the site's decoration.
   */
  private static String headingWithin(Document page, String title) {
    Element h1 = page.selectFirst(PARSED.computeIfAbsent("h1", QueryParser::parse));
    if (h1 == null) {
      return title;
    }
    String heading = h1.text().strip();
    String key = squeeze(heading);
    String whole = squeeze(title);
    return key.length() >= 4 && key.length() < whole.length() && whole.startsWith(key)
        ? heading
        : title;
  }

  /** Drops a " | Outlet" suffix or "Outlet | " prefix when it names the site. */
  static String stripSiteName(String title, Optional<String> siteName, Optional<String> host) {
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title.strip();
    }
    String last = parts[parts.length - 1];
    String first = parts[0];
    if (namesSite(last, siteName, host)) {
      return title
          .substring(0, title.length() - last.length())
          .replaceAll(TITLE_SEPARATOR.pattern() + "$", "")
          .strip();
    }
    if (namesSite(first, siteName, host)) {
      return title
          .substring(first.length())
          .replaceFirst("^" + TITLE_SEPARATOR.pattern(), "")
          .strip();
    }
    return title.strip();
  }

  private static boolean namesSite(String part, Optional<String> siteName, Optional<String> host) {
    String key = squeeze(part);
    if (key.isEmpty()) {
      return false;
    }
    return siteName
            .map(HtmlMetadata::squeeze)
            .filter(s -> s.equals(key) || s.contains(key) && key.length() > 3)
            .isPresent()
        || host.map(HtmlMetadata::squeeze)
            .filter(h -> h.contains(key) && key.length() > 2)
            .isPresent();
  }

  private static String squeeze(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  private static Optional<String> host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null || host.isBlank()) {
        return Optional.empty();
      }
      return Optional.of(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The elements a selector matches; each selector of this class is parsed once. */
  private static Elements select(Document page, String selector) {
    return page.select(PARSED.computeIfAbsent(selector, QueryParser::parse));
  }

  private static Optional<String> attribute(Document page, String selector, String attribute) {
    for (Element e : select(page, selector)) {
      String value = e.attr(attribute).strip();
      if (!value.isEmpty()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstText(Document page, String selector) {
    for (Element e : select(page, selector)) {
      String text = e.text().strip();
      if (!text.isEmpty()) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }
}
