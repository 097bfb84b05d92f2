package org.triangulate.ingest.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.triangulate.ingest.internal.LetterKey;
import org.triangulate.ingest.internal.ResourceLines;
import org.triangulate.model.PublicationDate;

/**
 * A page's metadata as the page states it: title, byline, publication date, outlet and canonical
 * address, from Open Graph and other meta tags, JSON-LD, and the markup. Read before cleaning
 * removes headers and bylines. {@code statedTitle} is the title as the metadata states it, before
 * the page's own heading may replace it in {@code title}. Immutable.
 */
record HtmlMetadata(
    Optional<String> title,
    Optional<String> statedTitle,
    List<String> byline,
    Optional<PublicationDate> published,
    Optional<String> outlet,
    Optional<String> url) {
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
  private static final List<Pattern> BYLINE_LABELS = bylinePatterns(false);
  private static final List<Pattern> NOT_NAMES = bylinePatterns(true);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");
  private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|di|door)\\s+");
  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|\\-\u2013\u2014:\u00b7\u2022\u203a\u00bb]+\\s+");

  static HtmlMetadata read(Document page, Optional<String> documentUrl) {
    MetadataElements elements = MetadataElements.of(page);
    JsonLd jsonLd = JsonLd.of(elements.jsonLdScripts());
    MetaTags metas = MetaTags.of(elements.metas());
    Optional<String> url =
        documentUrl
            .or(() -> firstValue(elements.canonicalLinks(), "abs:href"))
            .or(() -> metas.first("property=og:url"));
    Optional<String> host = url.flatMap(HtmlMetadata::host);
    Optional<String> siteName = metas.first("property=og:site_name").or(jsonLd::publisher);
    List<Element> headings = elements.headings();
    Optional<String> stated =
        metas
            .first("property=og:title", "name=twitter:title")
            .or(jsonLd::headline)
            .or(() -> firstText(headings))
            .or(() -> Optional.of(page.title().strip()).filter(t -> !t.isEmpty()))
            .map(t -> stripSiteName(t, siteName, host))
            .map(t -> headingWithin(headings, t));
    return new HtmlMetadata(
        stated.map(t -> onlyHeading(headings, t, page.title(), siteName, host)),
        stated,
        bylineOrSite(elements, jsonLd, metas, name -> namesSiteExactly(name, siteName, host)),
        PageDates.published(elements, jsonLd, metas, url),
        siteName.or(() -> host),
        url);
  }

  /** The byline without the site's own name, else with it (the site may be its own author). */
  private static List<String> bylineOrSite(
      MetadataElements elements, JsonLd jsonLd, MetaTags metas, Predicate<String> site) {
    List<String> names = byline(elements, jsonLd, metas, site);
    return names.isEmpty() ? byline(elements, jsonLd, metas, name -> false) : names;
  }

  /**
   * The authors from JSON-LD, else the author meta tag, else the first byline element that names
   * one. A name that is the site's own (an outlet credited as author) is no author.
   */
  private static List<String> byline(
      MetadataElements elements, JsonLd jsonLd, MetaTags metas, Predicate<String> site) {
    List<String> names = new ArrayList<>();
    for (String author : jsonLd.authors()) {
      addName(author, names, site);
    }
    if (names.isEmpty()) {
      metas.first("name=author", "property=article:author").ifPresent(a -> addName(a, names, site));
    }
    for (Element e : elements.bylineElements()) {
      if (!names.isEmpty()) {
        break;
      }
      Element name = e.selectFirst(ITEMPROP_NAME);
      addName((name == null ? e : name).text(), names, site);
    }
    return names;
  }

  private static void addName(String raw, List<String> names, Predicate<String> site) {
    String name = withoutDate(BY.matcher(raw.strip()).replaceFirst("").strip());
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
            && name.split("\\s+").length <= 8
            && !site.test(name);
    if (plausible && !names.contains(name)) {
      names.add(name);
    }
  }

  /**
   * The name before a date written after it, or after one written before it ("12 May 2024, by").
   */
  private static String withoutDate(String byline) {
    return VisibleDates.locate(byline)
        .map(
            date ->
                date.start() > 0 ? byline.substring(0, date.start()) : byline.substring(date.end()))
        .orElse(byline)
        .strip();
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

  /**
   * The page's first {@code <h1>} when the title holds it with more around it ("Headline - a
   * section name | Outlet"): the heading is the headline without the site's decoration.
   */
  private static String headingWithin(List<Element> headings, String title) {
    if (headings.isEmpty()) {
      return title;
    }
    String heading = headings.get(0).text().strip();
    String key = LetterKey.of(heading);
    String whole = LetterKey.of(title);
    return key.length() >= 4 && key.length() < whole.length() && whole.startsWith(key)
        ? heading
        : title;
  }

  /**
   * The page's only {@code <h1>} instead of {@code title} when it words the same headline (at least
   * half its words are in the title or the page's {@code <title>}): pages write the headline in
   * full in their heading, while meta titles add kickers, reword it or plain quotes. Not when the
   * heading names the site, or is the title with a kicker before it.
   */
  private static String onlyHeading(
      List<Element> headings,
      String title,
      String pageTitle,
      Optional<String> siteName,
      Optional<String> host) {
    if (headings.size() != 1) {
      return title;
    }
    String heading = headings.get(0).text().strip();
    String key = LetterKey.of(heading);
    String titleKey = LetterKey.of(title);
    if (key.isEmpty()
        || key.length() > titleKey.length() && key.endsWith(titleKey)
        || namesSite(heading, siteName, host)
        || !titleKey.equals(key) && isEndPart(key, pageTitle)) {
      return title;
    }
    Set<String> words = words(heading);
    Set<String> known = words(title + " " + pageTitle);
    long shared = words.stream().filter(known::contains).count();
    return !words.isEmpty() && shared * 2 >= words.size() ? heading : title;
  }

  /** Whether {@code key} is the first or last part of a title split at its separators. */
  private static boolean isEndPart(String key, String pageTitle) {
    String[] parts = TITLE_SEPARATOR.split(pageTitle.strip());
    return parts.length > 1
        && (key.equals(LetterKey.of(parts[0]))
            || key.equals(LetterKey.of(parts[parts.length - 1])));
  }

  /** The lower-cased words of at least four letters or digits in {@code text}. */
  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
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
    String key = LetterKey.of(part);
    if (key.isEmpty()) {
      return false;
    }
    return siteName
            .map(LetterKey::of)
            .filter(s -> s.equals(key) || s.contains(key) && key.length() > 3)
            .isPresent()
        || host.map(LetterKey::of).filter(h -> h.contains(key) && key.length() > 2).isPresent();
  }

  /** Whether {@code name} is the site's name or its host ("ORF.at", "Courier" of courier.com). */
  private static boolean namesSiteExactly(
      String name, Optional<String> siteName, Optional<String> host) {
    String key = LetterKey.of(name);
    return !key.isEmpty()
        && (siteName.map(LetterKey::of).filter(key::equals).isPresent()
            || host.filter(
                    h ->
                        LetterKey.of(h).endsWith(key)
                            || LetterKey.of(h.replaceFirst("\\.[^.]+$", "")).endsWith(key))
                .isPresent());
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

  private static Optional<String> firstValue(List<Element> elements, String attribute) {
    for (Element e : elements) {
      String value = e.attr(attribute).strip();
      if (!value.isEmpty()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstText(List<Element> elements) {
    for (Element e : elements) {
      String text = e.text().strip();
      if (!text.isEmpty()) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }
}
