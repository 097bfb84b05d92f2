package org.triangulate.ingest.html;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.triangulate.ingest.PublishedDates;
import org.triangulate.model.PublicationDate;

/**
 * Finds a page's publication date, trying its sources from the most to the least explicit: the
 * JSON-LD article, date meta tags, other markup that states {@code datePublished}, any JSON-LD
 * object's date, {@code <time datetime>}, a date in the address, and last a date written in the
 * page's text. Each source is read only when the earlier ones gave nothing. Stateless.
 */
final class PageDates {
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|[^\\d])");

  /** Earlier dates in a page's metadata are placeholders such as 0001-01-01, not dates. */
  private static final int MIN_YEAR = 1990;

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

  private PageDates() {}

  /** The publication date of {@code page}, if any source states one. */
  static Optional<PublicationDate> published(
      MetadataElements elements, JsonLd jsonLd, MetaTags metas, Optional<String> url) {
    Stream<Supplier<Optional<PublicationDate>>> sources =
        Stream.of(
            () -> jsonLd.datePublished().flatMap(PageDates::parse),
            () -> first(metas.all(DATE_META).stream().map(PageDates::parse)),
            () ->
                first(
                    elements.datePublishedElements().stream()
                        .map(
                            e ->
                                parse(
                                    e.hasAttr("content")
                                        ? e.attr("content")
                                        : e.attr("datetime")))),
            () -> jsonLd.anyDatePublished().flatMap(PageDates::parse),
            () -> first(elements.times().stream().map(PageDates::timeElement)),
            () -> url.flatMap(PageDates::dateInUrl),
            () -> VisibleDates.find(elements.dateTextElements()).filter(PageDates::plausible));
    return first(sources.map(Supplier::get));
  }

  private static Optional<PublicationDate> first(Stream<Optional<PublicationDate>> dates) {
    return dates.flatMap(Optional::stream).findFirst();
  }

  /** The {@code datetime} of a {@code <time>}, machine-readable or, failing that, as written. */
  private static Optional<PublicationDate> timeElement(Element time) {
    String value = time.attr("datetime");
    return parse(value).or(() -> VisibleDates.parse(value).filter(PageDates::plausible));
  }

  private static Optional<PublicationDate> parse(String text) {
    return PublishedDates.parse(text).filter(PageDates::plausible);
  }

  private static boolean plausible(PublicationDate date) {
    return date.date().getYear() >= MIN_YEAR;
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
}
