/**
 * Measures: one register of proposals, commitments and measures (SKR steps 4–6), each linked by
 * reference to the problems and inputs it answers; decisions on proposals; medborgarlöften;
 * response tasks for nämnder; du sa – vi gjorde (what became of an input) and daily digest mails to
 * residents who asked to be told. The statutory lägesbild and the åtgärdsplan are modules of their
 * own (lagesbild and actionplan) that build on this register.
 *
 * <p>API: {@link se.trygghetsdialog.measure.Measures}, {@link
 * se.trygghetsdialog.measure.WhatBecameOf}, {@link se.trygghetsdialog.measure.Promises} and {@link
 * se.trygghetsdialog.measure.ResponseTasks} (queries), the value types ({@link
 * se.trygghetsdialog.measure.Measure}, {@link se.trygghetsdialog.measure.MeasureId}, {@link
 * se.trygghetsdialog.measure.InputRef}, ...), {@link se.trygghetsdialog.measure.MeasurePolicy}, the
 * actions (one class per verb: {@link se.trygghetsdialog.measure.ProposeMeasure}, {@link
 * se.trygghetsdialog.measure.RecordDecision}, {@link se.trygghetsdialog.measure.LinkInput}, ...)
 * and the extension points {@link se.trygghetsdialog.measure.InputResolver} and {@link
 * se.trygghetsdialog.measure.InputSubscribers} that other modules implement.
 *
 * <p>Events: {@link se.trygghetsdialog.measure.MeasureProposed}, {@link
 * se.trygghetsdialog.measure.DecisionRecorded}, {@link
 * se.trygghetsdialog.measure.MeasureStatusChanged}, {@link se.trygghetsdialog.measure.InputLinked},
 * {@link se.trygghetsdialog.measure.InputNotUsedRecorded}, {@link
 * se.trygghetsdialog.measure.PromiseRecorded}, {@link
 * se.trygghetsdialog.measure.PromiseStatusChanged}, {@link
 * se.trygghetsdialog.measure.ResponseTaskAssigned} and {@link
 * se.trygghetsdialog.measure.ResponseTaskAnswered}; it listens to its own DecisionRecorded and
 * MeasureStatusChanged to fill the digests.
 *
 * <p>Tables: measure, measure_link, measure_progress, measure_decision, input_not_used,
 * citizen_promise, citizen_promise_activity, citizen_promise_evidence, response_task,
 * measure_digest_entry and measure_digest_sent. The migrations in db/migration/measure also create
 * the tables of the actionplan module (action_plan_version, action_plan_item) and of the lagesbild
 * module (crime_statistic, lagesbild_draft, lagesbild_problem and the lagesbild_version tables);
 * they stay there so that Flyway's history is unchanged.
 */
@ApplicationModule(displayName = "Measures")
@NullMarked
package se.trygghetsdialog.measure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
