package org.triangulate.ingest.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.triangulate.model.ContentKind;
import org.triangulate.model.Document;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Skipped;

/**
 * Reads an RSS or Atom feed whose entries carry their content. Each entry becomes a document whose
 * id is the entry's guid or URI, else its link; its outlet is the feed's title. An entry without
 * content is skipped as {@code file:entry N}. Stateless.
 */
final class FeedReader {
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(p|div|br|a|span|em|strong|b|i|img|h[1-6]|ul|ol|li|blockquote|figure|article)\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);

  private FeedReader() {}

  static void read(InputStream in, String source, DocumentSink sink) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      feed = input.build(new XmlReader(in));
    } catch (IOException | FeedException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      sink.skip(new Skipped(source, "not a readable RSS or Atom feed: " + message));
      return;
    }
    Optional<String> outlet = nonBlank(feed.getTitle());
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String entrySource = source + ":entry " + (i + 1);
      Optional<String> link = nonBlank(entry.getLink());
      Optional<String> id = nonBlank(entry.getUri()).or(() -> link);
      Optional<String> content = content(entry);
      if (id.isEmpty()) {
        sink.skip(new Skipped(entrySource, "feed entry has no guid, id or link to name it"));
      } else if (content.isEmpty()) {
        sink.skip(
            new Skipped(
                entrySource + " (" + id.get() + ")",
                "feed entry carries no content (only a summary line or a link)"));
      } else {
        String body = content.get();
        ContentKind kind = HTML_TAG.matcher(body).find() ? ContentKind.HTML : ContentKind.TEXT;
        sink.accept(
            new Document(
                id.get(),
                entrySource,
                kind,
                body,
                link,
                outlet,
                nonBlank(entry.getTitle()).map(String::strip),
                published(entry)));
      }
    }
  }

  private static Optional<String> content(SyndEntry entry) {
    String contents =
        entry.getContents().stream()
            .map(SyndContent::getValue)
            .filter(value -> value != null && !value.isBlank())
            .collect(Collectors.joining("\n"));
    if (!contents.isBlank()) {
      return Optional.of(contents);
    }
    return Optional.ofNullable(entry.getDescription())
        .map(SyndContent::getValue)
        .flatMap(FeedReader::nonBlank);
  }

  private static Optional<PublicationDate> published(SyndEntry entry) {
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return Optional.ofNullable(date).map(d -> PublicationDate.ofInstant(d.toInstant()));
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
