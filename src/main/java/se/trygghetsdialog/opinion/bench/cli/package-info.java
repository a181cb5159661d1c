/**
 * The {@code opinion-app-bench} command: opinion mapping inside the running application (vote
 * ingest over HTTP, the update of a dialogue with a million stored votes). Not part of the tests.
 */
@NamedInterface("bench")
@NullMarked
package se.trygghetsdialog.opinion.bench.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
