/** Internal to the ingest module: do not depend on anything here. */
package org.triangulate.ingest.internal;
