package org.triangulate.ingest.read;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.triangulate.model.Document;
import org.triangulate.model.Skipped;

/**
 * A sink that passes documents on with ids made unique: a repeated id gets {@code -2}, {@code
 * -3}... appended. Not thread-safe.
 */
final class UniqueIdSink implements DocumentSink {
  private final DocumentSink target;
  private final Set<String> ids = new HashSet<>();

  UniqueIdSink(DocumentSink target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  @Override
  public void accept(Document document) {
    String id = document.id();
    for (int n = 2; !ids.add(id); n++) {
      id = document.id() + "-" + n;
    }
    if (id.equals(document.id())) {
      target.accept(document);
    } else {
      target.accept(
          new Document(
              id,
              document.source(),
              document.kind(),
              document.content(),
              document.url(),
              document.outlet(),
              document.title(),
              document.published()));
    }
  }

  @Override
  public void skip(Skipped skipped) {
    target.skip(skipped);
  }
}
