/**
 * Bean Validation constraints shared by the commands of every module (see docs/architecture.md,
 * forms and commands). Constraints that need a module's data live in that module.
 */
@NullMarked
package se.trygghetsdialog.shared.validation;

import org.jspecify.annotations.NullMarked;
