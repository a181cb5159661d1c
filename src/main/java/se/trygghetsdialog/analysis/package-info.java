/**
 * The report to the decision-makers: for a dialogue, one action builds either the compiled
 * perspectives report (sammanställning av perspektiv, at the end of step 2) or the decision basis
 * (beslutsunderlag, before step 5) from the public query APIs of the modules it reads: purpose and
 * charter, who took part against the population with the gap check, the perspective map, opinion
 * groups and consensus, place-report patterns, session agreements, the proposals with the inputs
 * behind them, and what could not be influenced. Every count of people goes through the
 * municipality's small-cell threshold; no text with personal data findings is included.
 *
 * <p>The team freezes a draft as a numbered version that never changes (content and tagged PDF),
 * which the public dialogue page lists through {@code dialogue.PublishedDocuments}; every table is
 * offered as CSV.
 *
 * <p>API: {@link se.trygghetsdialog.analysis.ReportDrafts} (builds a draft), {@link
 * se.trygghetsdialog.analysis.FreezeReport} (the action), {@link
 * se.trygghetsdialog.analysis.ReportVersions} (frozen versions), {@link
 * se.trygghetsdialog.analysis.ReportPdf}, and the audit event {@link
 * se.trygghetsdialog.analysis.ReportFrozen}.
 */
@ApplicationModule(displayName = "Analysis")
@NullMarked
package se.trygghetsdialog.analysis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
