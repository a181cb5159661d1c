/**
 * The åtgärdsplan of lag (2023:196): a decision adopts a new version with the chosen measures of
 * the register as they stand then, each with an owner and at least one identified problem; earlier
 * versions stay as they were adopted and are shown publicly in HTML and as a tagged PDF.
 *
 * <p>API: {@link se.trygghetsdialog.actionplan.ActionPlans} (queries), {@link
 * se.trygghetsdialog.actionplan.ActionPlanVersion}, {@link
 * se.trygghetsdialog.actionplan.ActionPlanItem}, {@link
 * se.trygghetsdialog.actionplan.ActionPlanPolicy}, the action {@link
 * se.trygghetsdialog.actionplan.AdoptActionPlan} and {@link
 * se.trygghetsdialog.actionplan.ActionPlanPdf}.
 *
 * <p>Events: {@link se.trygghetsdialog.actionplan.ActionPlanAdopted}. It depends on the measure
 * module (it reads the register); the measure module knows nothing of it.
 *
 * <p>Tables: action_plan_version and action_plan_item, created by a migration in
 * db/migration/measure.
 */
@ApplicationModule(displayName = "Action plan")
@NullMarked
package se.trygghetsdialog.actionplan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
