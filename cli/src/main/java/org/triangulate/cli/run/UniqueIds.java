package org.triangulate.cli.run;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.triangulate.model.Document;

/**
 * Keeps article ids unique within a run: a document whose id is taken gets {@code id-2}, {@code
 * id-3}, ... and a warning naming both sources. Not thread-safe; used by the reading thread.
 */
final class UniqueIds {
  private final Map<String, String> sourceById = new HashMap<>();
  private final Consumer<String> warnings;

  UniqueIds(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /** The document itself when its id is new, else a copy with the next free id. */
  Document claim(Document document) {
    String id = document.id();
    if (sourceById.putIfAbsent(id, document.source()) == null) {
      return document;
    }
    int n = 2;
    while (sourceById.containsKey(id + "-" + n)) {
      n++;
    }
    String fresh = id + "-" + n;
    sourceById.put(fresh, document.source());
    warnings.accept(
        "id "
            + id
            + " of "
            + document.source()
            + " is already used by "
            + sourceById.get(id)
            + "; it becomes "
            + fresh);
    return new Document(
        fresh,
        document.source(),
        document.kind(),
        document.content(),
        document.url(),
        document.outlet(),
        document.title(),
        document.published());
  }
}
