/**
 * The jar's {@code screen FILE.csv} command: screens the texts of a CSV file for personal data
 * without starting the application or needing a database; the application's main method dispatches
 * to it before Spring starts.
 */
@NamedInterface("cli")
@NullMarked
package se.trygghetsdialog.moderation.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
