/** Clean-up of plain text copied from web pages. */
package org.triangulate.ingest.text;
