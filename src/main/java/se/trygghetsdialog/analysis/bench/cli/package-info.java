/**
 * The {@code analysis-bench} command: times building the decision basis (data, HTML and PDF) of a
 * dialogue with 100,000 inputs in a throw-away embedded PostgreSQL. Not part of the tests.
 */
@NamedInterface("bench")
@NullMarked
package se.trygghetsdialog.analysis.bench.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
