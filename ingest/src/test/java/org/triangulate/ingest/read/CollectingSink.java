package org.triangulate.ingest.read;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.Document;
import org.triangulate.model.Skipped;

/** A sink that keeps what it receives, for tests; also records the order of both kinds. */
final class CollectingSink implements DocumentSink {
  final List<Document> documents = new ArrayList<>();
  final List<Skipped> skipped = new ArrayList<>();
  final List<String> events = new ArrayList<>();

  @Override
  public void accept(Document document) {
    documents.add(document);
    events.add("doc " + document.id());
  }

  @Override
  public void skip(Skipped skip) {
    skipped.add(skip);
    events.add("skip " + skip.source());
  }

  List<String> ids() {
    return documents.stream().map(Document::id).toList();
  }
}
