/**
 * Command-line entry points of the opinion-mapping engine ({@code opinion-map}, {@code
 * opinion-bench}); the application's main method dispatches to them before Spring starts.
 */
@NamedInterface("cli")
@NullMarked
package se.trygghetsdialog.opinion.clustering.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
