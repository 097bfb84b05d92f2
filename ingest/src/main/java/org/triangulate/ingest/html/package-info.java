/** Main-content and metadata extraction from saved HTML pages. */
package org.triangulate.ingest.html;
