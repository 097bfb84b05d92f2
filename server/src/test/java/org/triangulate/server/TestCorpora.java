package org.triangulate.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.triangulate.ingest.PublishedDates;
import org.triangulate.ingest.read.DocumentSink;
import org.triangulate.ingest.read.InputReader;
import org.triangulate.model.ContentKind;
import org.triangulate.model.Document;
import org.triangulate.model.Skipped;

/** Inputs for the server's tests: the fictional example corpus and articles written here. */
public final class TestCorpora {
  private static final String[] TOWNS = {
    "Brindle", "Caskford", "Dunmere", "Elsworth", "Farrowby", "Gilden", "Hollin", "Iverdale"
  };
  private static final String[] OUTLETS = {"Kestrel Post", "Morrow Daily", "Lantern Wire"};

  private TestCorpora() {}

  /** The repository's root, from the build or the working directory. */
  public static Path root() {
    String root = System.getProperty("triangulate.root");
    return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
  }

  /** The documents of {@code examples/corpus}. */
  public static List<Document> examples() {
    List<Document> documents = new ArrayList<>();
    new InputReader()
        .read(
            List.of(root().resolve("examples/corpus")),
            new DocumentSink() {
              @Override
              public void accept(Document document) {
                documents.add(document);
              }

              @Override
              public void skip(Skipped skipped) {
                throw new AssertionError("example skipped: " + skipped);
              }
            });
    return documents;
  }

  /**
   * One kind of event: a headline and a body with {@code %1$s} the town and {@code %2$d} a number.
   */
  private record EventKind(String headline, String body) {}

  private static final EventKind[] KINDS = {
    new EventKind(
        "%1$s opens its new bridge",
        "%1$s opened its new suspension bridge over the Morrow estuary on Tuesday. The bridge"
            + " cost %2$d million euros, the council said. \"This bridge joins both banks of"
            + " %1$s,\" said Mayor Odile Brannock at the ribbon cutting."),
    new EventKind(
        "Fire guts %1$s timber mill",
        "A fire destroyed the old timber mill in %1$s overnight. Firefighters fought the blaze for"
            + " %2$d hours before the roof collapsed. \"Nobody was inside,\" fire chief Tamsin"
            + " Roke told reporters beside the smouldering sawdust heaps."),
    new EventKind(
        "Floods close schools in %1$s",
        "Heavy rain flooded low streets in %1$s, and %2$d schools stayed shut on Monday. The river"
            + " Pell burst its banks near the railway embankment. \"Pupils must stay home,\""
            + " said education officer Marek Quill as sandbags were handed out."),
    new EventKind(
        "%1$s choir wins national contest",
        "The youth choir of %1$s won the national singing contest with a score of %2$d points."
            + " Conductor Ysolde Pike praised the sopranos. \"They sang like larks,\" she said"
            + " after the final hymn in the cathedral."),
  };

  /**
   * Article {@code n} of a generated series: event {@code n / 3} told by three outlets, the third
   * giving another number; events differ in kind and town.
   */
  public static Document generated(int n) {
    int event = n / 3;
    int outlet = n % 3;
    String town = TOWNS[event % TOWNS.length] + (event >= TOWNS.length ? "-" + event : "");
    EventKind kind = KINDS[event % KINDS.length];
    int number = 10 + event * 3 + (outlet == 2 ? 5 : 0);
    String text =
        String.format(Locale.ROOT, kind.body(), town, number)
            + String.format(Locale.ROOT, "%n%n(Report %d by %s.)", n, OUTLETS[outlet]);
    return new Document(
        "gen-" + n,
        "test:gen-" + n,
        ContentKind.TEXT,
        text,
        Optional.empty(),
        Optional.of(OUTLETS[outlet]),
        Optional.of(String.format(Locale.ROOT, kind.headline(), town)),
        PublishedDates.parse(String.format(Locale.ROOT, "2026-04-%02d", 1 + event % 28)));
  }

  /** An article whose title, text and URL try to run script. */
  public static Document hostile() {
    String text =
        "Quarry town of Wexley votes on a new road.\n\n"
            + "<script>window.__pwned = 1; alert('pwned')</script> Councillor Brenna Tull said"
            + " the road \"<img src=x onerror=\"window.__pwned=2\">\" would cost 4 million euros."
            + " More at <a href=\"javascript:window.__pwned=3\">this link</a>.\n\n"
            + "The Wexley council will vote on the road next month, the town hall said.";
    return new Document(
        "hostile-1",
        "test:hostile-1",
        ContentKind.TEXT,
        text,
        Optional.of("javascript:window.__pwned=4"),
        Optional.of("<b onmouseover=\"window.__pwned=5\">Wexley Echo</b>"),
        Optional.of("<script>window.__pwned=6</script>Wexley road vote"),
        PublishedDates.parse("2026-05-02"));
  }
}
