/** Reading files and folders of text, HTML, JSONL, WARC and feeds into documents. */
package org.triangulate.ingest.read;
