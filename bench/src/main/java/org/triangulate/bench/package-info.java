/** Benchmark tooling: extraction speed of ours beside peers; never part of the product. */
package org.triangulate.bench;
