/** Guessing an article's language. */
package org.triangulate.ingest.lang;
