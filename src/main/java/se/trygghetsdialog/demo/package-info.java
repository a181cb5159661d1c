/**
 * Demo: the Lysekil demo data (areas, organisations, one account per role, dialogues in several
 * steps) loaded when {@code app.demo.enabled} is true. It only calls other modules' public actions,
 * exactly as staff would through the interface. Nothing depends on this module.
 */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package se.trygghetsdialog.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
