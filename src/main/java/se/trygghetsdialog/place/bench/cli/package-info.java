/**
 * The {@code place-bench} command: times the public trygghetskarta (heat grid and first list page)
 * over 100,000 approved reports in a throw-away embedded PostgreSQL, before (and without) Spring;
 * and {@code place-ingest-bench}: place reports sent over HTTP to the whole application, each one
 * accepted looked up in the table afterwards.
 */
@NamedInterface("bench")
@NullMarked
package se.trygghetsdialog.place.bench.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
