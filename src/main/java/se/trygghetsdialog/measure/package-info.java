/**
 * Measures: one register of proposals, commitments and measures (SKR steps 4–6), each linked by
 * reference to the problems and inputs it answers; decisions on proposals; the åtgärdsplan of lag
 * (2023:196) with adopted versions and a tagged PDF; the statutory lägesbild of lag (2023:196) §4
 * (crime statistics from CSV, other relevant information, analysis, identified problems) with
 * adopted versions; medborgarlöften; response tasks for nämnder; "du sa – vi gjorde" and daily
 * digest mails to residents who asked to be told.
 *
 * <p>API: {@link se.trygghetsdialog.measure.Measures} and {@link
 * se.trygghetsdialog.measure.WhatBecameOf} (queries), {@link se.trygghetsdialog.measure.InputRef},
 * {@link se.trygghetsdialog.measure.Lagesbilder} (queries), the extension points {@link
 * se.trygghetsdialog.measure.InputResolver}, {@link se.trygghetsdialog.measure.InputSubscribers}
 * and {@link se.trygghetsdialog.measure.LagesbildSource} that other modules implement, the actions
 * (one class per verb) and the events {@link se.trygghetsdialog.measure.DecisionRecorded} and
 * {@link se.trygghetsdialog.measure.MeasureStatusChanged}.
 */
@ApplicationModule(displayName = "Measures")
@NullMarked
package se.trygghetsdialog.measure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
