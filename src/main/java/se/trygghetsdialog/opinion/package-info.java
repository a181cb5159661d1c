/**
 * Opinion mapping: statements, agree / disagree / pass votes and opinion groups, computed by the
 * plain-Java engine in {@code opinion.clustering} (described in {@code docs/opinion-engine.md}).
 */
@ApplicationModule(displayName = "Opinion mapping")
@NullMarked
package se.trygghetsdialog.opinion;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
