package org.triangulate.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.ContentKind;
import org.triangulate.model.Document;

class InputReaderTest {
  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>Harbour reopens</title></head>"
          + "<body><p>The harbour at Velmora reopened on Monday after the storm.</p></body></html>";

  @TempDir Path dir;

  private CollectingSink read(Path... paths) {
    CollectingSink sink = new CollectingSink();
    new InputReader().read(List.of(paths), sink);
    return sink;
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void textFileBecomesOneTextDocumentNamedAfterTheFile() throws IOException {
    Path file = write("ferry.txt", "Ferry service resumes\n\nBoats left Velmora at dawn.");
    CollectingSink sink = read(file);
    assertThat(sink.skipped).isEmpty();
    Document doc = sink.documents.get(0);
    assertThat(doc.id()).isEqualTo("ferry");
    assertThat(doc.kind()).isEqualTo(ContentKind.TEXT);
    assertThat(doc.source()).isEqualTo(file.toString());
    assertThat(doc.content()).contains("Boats left Velmora at dawn.");
  }

  @Test
  void gzippedHtmlIsUnpackedAndNamedWithoutEndings() throws IOException {
    Path file = write("a/b/x.html.gz", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    CollectingSink sink = read(file);
    assertThat(sink.ids()).containsExactly("x");
    assertThat(sink.documents.get(0).kind()).isEqualTo(ContentKind.HTML);
    assertThat(sink.documents.get(0).content()).contains("reopened on Monday");
  }

  @Test
  void gzipIsRecognisedByMagicBytesWithoutGzEnding() throws IOException {
    Path file = write("page.html", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    assertThat(read(file).documents.get(0).content()).contains("reopened on Monday");
  }

  @Test
  void fileWithoutEndingIsSniffedAsHtml() throws IOException {
    Path file = write("saved-page", PAGE);
    CollectingSink sink = read(file);
    assertThat(sink.ids()).containsExactly("saved-page");
    assertThat(sink.documents.get(0).kind()).isEqualTo(ContentKind.HTML);
  }

  @Test
  void fileWithoutEndingHoldingProseIsSniffedAsText() throws IOException {
    Path file = write("notes", "The council met on Tuesday.\nIt voted to rebuild the pier.");
    assertThat(read(file).documents.get(0).kind()).isEqualTo(ContentKind.TEXT);
  }

  @Test
  void folderIsReadRecursivelyInPathOrderWithoutHiddenFiles() throws IOException {
    write("b.txt", "Second story text here.");
    write("a/z.txt", "First story text here.");
    write("c/d/e.html", PAGE);
    write(".hidden.txt", "Never read.");
    write(".git/config.txt", "Never read either.");
    write("B.txt", "Upper case sorts first.");
    CollectingSink sink = read(dir);
    assertThat(sink.ids()).containsExactly("B", "z", "b", "e");
    assertThat(sink.skipped).isEmpty();
  }

  @Test
  void sameNamedFilesInTwoFoldersKeepTheirFileNameIds() throws IOException {
    write("one/story.txt", "A story about the dam.");
    write("two/story.txt", "Another story about the dam.");
    assertThat(read(dir).ids()).containsExactly("story", "story");
  }

  @Test
  void missingPathIsSkippedAndReadingGoesOn() throws IOException {
    Path file = write("kept.txt", "The bridge was closed.");
    CollectingSink sink = read(dir.resolve("nope.txt"), file);
    assertThat(sink.skipped)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.source()).endsWith("nope.txt");
              assertThat(s.reason()).contains("no such file");
            });
    assertThat(sink.ids()).containsExactly("kept");
  }

  @Test
  void emptyAndWhitespaceFilesAreSkipped() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.html", "  \n\t\n");
    CollectingSink sink = read(empty, blank);
    assertThat(sink.documents).isEmpty();
    assertThat(sink.skipped)
        .extracting(s -> s.reason())
        .containsExactly("empty file", "file holds only white space");
  }

  @Test
  void binaryGarbageIsSkippedAsBinary() throws IOException {
    byte[] garbage = new byte[3000];
    new java.util.Random(7).nextBytes(garbage);
    Path withEnding = write("photo.html", garbage);
    Path withoutEnding = write("blob", garbage);
    CollectingSink sink = read(withEnding, withoutEnding);
    assertThat(sink.documents).isEmpty();
    assertThat(sink.skipped).hasSize(2).allSatisfy(s -> assertThat(s.reason()).contains("binary"));
  }

  @Test
  void windows1252PageWithCharsetDeclarationIsDecodedByIt() throws IOException {
    String html =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            + "</head><body><p>Caf\u00e9 owners \u201cwelcomed\u201d the rules.</p></body></html>";
    Path file = write("cafe.html", html.getBytes(Charset.forName("windows-1252")));
    assertThat(read(file).documents.get(0).content())
        .contains("Caf\u00e9 owners \u201cwelcomed\u201d");
  }

  @Test
  void windows1252PageWithoutDeclarationFallsBackFromInvalidUtf8() throws IOException {
    String html = "<html><body><p>Na\u00efve caf\u00e9 \u2013 d\u00e9j\u00e0 vu.</p></body></html>";
    Path file = write("naive.html", html.getBytes(Charset.forName("windows-1252")));
    assertThat(read(file).documents.get(0).content())
        .contains("Na\u00efve caf\u00e9 \u2013 d\u00e9j\u00e0 vu.");
  }

  @Test
  void utf8WithByteOrderMarkLosesTheMark() throws IOException {
    byte[] body = "Tide tables changed.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(read(write("tide.txt", bytes)).documents.get(0).content())
        .isEqualTo("Tide tables changed.");
  }

  @Test
  void jsonlBadLineIsSkippedWithItsNumberAndOtherLinesAreRead() throws IOException {
    Path file =
        write(
            "batch.jsonl",
            """
            {"id":"a1","url":"https://example.org/a1","outlet":"Velmora Post","title":"Dam vote","published":"2024-05-31","text":"The council voted."}
            {"id":"a2","text":
            {"url":"https://example.org/a3","text":"No id here."}

            {"id":"a4","html":"<p>Storm warning issued for the coast.</p>"}
            {"id":"a5","title":"Only a title"}
            """);
    CollectingSink sink = read(file);
    assertThat(sink.ids()).containsExactly("a1", "a4");
    Document first = sink.documents.get(0);
    assertThat(first.kind()).isEqualTo(ContentKind.TEXT);
    assertThat(first.outlet()).contains("Velmora Post");
    assertThat(first.title()).contains("Dam vote");
    assertThat(first.url()).contains("https://example.org/a1");
    assertThat(first.published().map(p -> p.date())).contains(LocalDate.of(2024, 5, 31));
    assertThat(first.source()).isEqualTo(file + ":line 1");
    assertThat(sink.documents.get(1).kind()).isEqualTo(ContentKind.HTML);
    assertThat(sink.skipped)
        .extracting(s -> s.source())
        .containsExactly(file + ":line 2", file + ":line 3", file + ":line 6");
    assertThat(sink.skipped.get(0).reason()).contains("not valid JSON");
    assertThat(sink.skipped.get(1).reason()).contains("\"id\"");
    assertThat(sink.skipped.get(2).reason()).contains("\"text\" or \"html\"");
    assertThat(sink.events)
        .containsExactly(
            "doc a1",
            "skip " + file + ":line 2",
            "skip " + file + ":line 3",
            "doc a4",
            "skip " + file + ":line 6");
  }

  @Test
  void gzippedJsonlIsRead() throws IOException {
    byte[] jsonl = "{\"id\":\"g1\",\"text\":\"Rain fell.\"}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(read(write("g.jsonl.gz", gzip(jsonl))).ids()).containsExactly("g1");
  }

  @Test
  void warcResponsesHoldingHtmlBecomeDocumentsNamedByTargetUri() throws IOException {
    Path file = write("crawl.warc", WarcFixtures.twoPages());
    CollectingSink sink = read(file);
    assertThat(sink.skipped).isEmpty();
    assertThat(sink.ids()).containsExactly(WarcFixtures.FIRST, WarcFixtures.SECOND);
    assertThat(sink.documents.get(0).url()).contains(WarcFixtures.FIRST);
    assertThat(sink.documents.get(0).kind()).isEqualTo(ContentKind.HTML);
    assertThat(sink.documents.get(0).content()).contains("nine votes to four");
    assertThat(sink.documents.get(1).content())
        .contains("Caf\u00e9 owners near the bridge were \u201crelieved\u201d");
  }

  @Test
  void gzippedWarcIsRead() throws IOException {
    Path file = write("crawl.warc.gz", gzip(WarcFixtures.twoPages()));
    assertThat(read(file).ids()).containsExactly(WarcFixtures.FIRST, WarcFixtures.SECOND);
  }

  @Test
  void truncatedInputsGiveFewerDocumentsOrACleanSkipNeverAnException() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      jsonl
          .append("{\"id\":\"t")
          .append(i)
          .append("\",\"text\":\"Line ")
          .append(i)
          .append(" of a long batch about the ferry.\"}\n");
    }
    byte[] lines = jsonl.toString().getBytes(StandardCharsets.UTF_8);
    byte[] warc = WarcFixtures.twoPages();
    java.util.Map<String, byte[]> inputs = new java.util.LinkedHashMap<>();
    inputs.put("cut.jsonl", lines);
    inputs.put("cut.jsonl.gz", gzip(lines));
    inputs.put("cut.warc", warc);
    inputs.put("cut.warc.gz", gzip(warc));
    inputs.put("cut.html.gz", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    for (var input : inputs.entrySet()) {
      byte[] whole = input.getValue();
      int complete = read(write("whole/" + input.getKey(), whole)).documents.size();
      for (int length = 0; length < whole.length; length += Math.max(1, whole.length / 60)) {
        Path file = write("cut/" + length + "/" + input.getKey(), Arrays.copyOf(whole, length));
        CollectingSink sink = read(file);
        assertThat(sink.documents.size())
            .as("%s cut to %d bytes", input.getKey(), length)
            .isLessThanOrEqualTo(complete);
        assertThat(sink.documents.size() + sink.skipped.size())
            .as("%s cut to %d bytes gives a document or a skip", input.getKey(), length)
            .isPositive();
      }
    }
  }
}
