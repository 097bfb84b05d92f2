package org.triangulate.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.ingest.read.DocumentSink;
import org.triangulate.ingest.read.InputReader;
import org.triangulate.model.Document;
import org.triangulate.model.Skipped;
import org.triangulate.server.corpus.AddOutcome;
import org.triangulate.server.corpus.Corpus;
import org.triangulate.server.corpus.CorpusSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triangulate ingest}: adds inputs to a persistent corpus, batch by batch. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Adds articles to the corpus in a data directory: new articles join existing stories or"
          + " make new ones, and the stories they touch are compared again. An article already"
          + " stored (same id or same content) is not added twice.",
      "Prints \"stored ID\" on standard output once an article is safely on disk.",
      "Exit status: 0 when every input was read, 1 when nothing could be read, 2 for bad usage."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description = "Articles analysed and stored together (default: ${DEFAULT-VALUE}).")
  int batch = 32;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = System.err;
    List<Document> documents = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    new InputReader()
        .read(
            paths,
            new DocumentSink() {
              @Override
              public void accept(Document document) {
                documents.add(document);
              }

              @Override
              public void skip(Skipped skip) {
                skipped.add(skip);
                err.println("skipped " + skip.source() + ": " + skip.reason());
              }
            });
    int added = 0;
    int duplicates = 0;
    try (Corpus corpus = data.open(err)) {
      for (int from = 0; from < documents.size(); from += Math.max(1, batch)) {
        List<Document> slice =
            documents.subList(from, Math.min(documents.size(), from + Math.max(1, batch)));
        List<AddOutcome> outcomes =
            corpus.add(
                slice,
                ids -> {
                  ids.forEach(id -> out.println("stored " + id));
                  out.flush();
                });
        for (AddOutcome outcome : outcomes) {
          switch (outcome.status()) {
            case ADDED -> added++;
            case DUPLICATE -> {
              duplicates++;
              err.println("already stored " + outcome.source() + ": " + outcome.detail());
            }
            case SKIPPED -> {
              skipped.add(new Skipped(outcome.source(), outcome.detail()));
              err.println("skipped " + outcome.source() + ": " + outcome.detail());
            }
          }
        }
      }
      CorpusSnapshot now = corpus.snapshot();
      err.println(
          added
              + " added, "
              + duplicates
              + " already stored, "
              + skipped.size()
              + " skipped; "
              + corpus.directory()
              + " holds "
              + now.articleCount()
              + " articles in "
              + now.storyCount()
              + " stories");
    }
    return documents.isEmpty() ? 1 : 0;
  }
}
