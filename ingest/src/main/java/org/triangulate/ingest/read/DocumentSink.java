package org.triangulate.ingest.read;

import org.triangulate.model.Document;
import org.triangulate.model.Skipped;

/**
 * Receives what {@link InputReader} finds: each document, and each input it had to skip.
 *
 * <p>Calls come from the reading thread, in input order (files sorted by path, records in file
 * order).
 */
public interface DocumentSink {
  /** Takes one document read from the inputs. */
  void accept(Document document);

  /** Takes one input (a file, or a record inside one) that held no usable document. */
  void skip(Skipped skipped);
}
