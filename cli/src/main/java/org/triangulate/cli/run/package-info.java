/**
 * Runs the stages in order over a set of inputs: read, ingest, analyse, cluster, corroborate. The
 * command line and (later) the server share it; it knows nothing of flags or output formats.
 */
package org.triangulate.cli.run;
