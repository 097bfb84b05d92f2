package org.triangulate.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.ContentKind;
import org.triangulate.model.Document;

class FeedReaderTest {
  private static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Harlow Gazette</title>
          <link>https://harlow.example/</link>
          <description>News from Harlow</description>
          <item>
            <title>Bridge reopens after repairs</title>
            <link>https://harlow.example/bridge</link>
            <guid>harlow-1001</guid>
            <pubDate>Fri, 31 May 2024 09:04:00 GMT</pubDate>
            <content:encoded><![CDATA[<p>The bridge reopened on Friday.</p><p>Traffic was light.</p>]]></content:encoded>
          </item>
          <item>
            <title>Market day moves</title>
            <link>https://harlow.example/market</link>
            <description>The market moves to Thursday from next week.</description>
          </item>
          <item>
            <title>Only a headline</title>
            <link>https://harlow.example/empty</link>
          </item>
        </channel>
      </rss>
      """;

  private static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Velmora Post</title>
        <id>urn:velmora:feed</id>
        <updated>2024-06-01T12:00:00Z</updated>
        <entry>
          <title>Dam vote delayed</title>
          <id>urn:velmora:dam-vote</id>
          <link href="https://velmora.example/dam-vote"/>
          <published>2024-06-01T08:30:00+02:00</published>
          <updated>2024-06-01T10:00:00Z</updated>
          <content type="html">&lt;p&gt;The council delayed the vote on the dam.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  @TempDir Path dir;

  private CollectingSink read(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    new InputReader().read(List.of(file), sink);
    return sink;
  }

  @Test
  void rssItemsBecomeDocumentsWithFeedMetadata() throws IOException {
    CollectingSink sink = read("gazette.rss", RSS);
    assertThat(sink.ids()).containsExactly("harlow-1001", "https://harlow.example/market");
    Document first = sink.documents.get(0);
    assertThat(first.kind()).isEqualTo(ContentKind.HTML);
    assertThat(first.outlet()).contains("Harlow Gazette");
    assertThat(first.title()).contains("Bridge reopens after repairs");
    assertThat(first.url()).contains("https://harlow.example/bridge");
    assertThat(first.published().flatMap(p -> p.instant()))
        .contains(Instant.parse("2024-05-31T09:04:00Z"));
    assertThat(first.content()).contains("The bridge reopened on Friday.");
    assertThat(sink.documents.get(1).kind()).isEqualTo(ContentKind.TEXT);
  }

  @Test
  void rssItemWithoutContentIsSkippedWithAReason() throws IOException {
    CollectingSink sink = read("gazette.xml", RSS);
    assertThat(sink.skipped)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.source()).contains(":entry 3").contains("https://harlow.example/empty");
              assertThat(s.reason()).contains("no content");
            });
  }

  @Test
  void atomEntryUsesItsIdAndPublishedDate() throws IOException {
    CollectingSink sink = read("post.atom", ATOM);
    assertThat(sink.ids()).containsExactly("urn:velmora:dam-vote");
    Document entry = sink.documents.get(0);
    assertThat(entry.outlet()).contains("Velmora Post");
    assertThat(entry.url()).contains("https://velmora.example/dam-vote");
    assertThat(entry.published().flatMap(p -> p.instant()))
        .contains(Instant.parse("2024-06-01T06:30:00Z"));
    assertThat(entry.kind()).isEqualTo(ContentKind.HTML);
    assertThat(entry.content()).contains("<p>The council delayed the vote on the dam.</p>");
  }

  @Test
  void feedWithoutEndingIsSniffed() throws IOException {
    assertThat(read("latest", ATOM).ids()).containsExactly("urn:velmora:dam-vote");
  }

  @Test
  void malformedFeedIsSkipped() throws IOException {
    CollectingSink sink = read("broken.rss", "<rss><channel><title>Cut sh");
    assertThat(sink.documents).isEmpty();
    assertThat(sink.skipped)
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("feed"));
  }
}
