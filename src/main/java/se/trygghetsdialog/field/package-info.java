/**
 * Safety work in the field (EST): rapportörer (trygghetsvärdar, fältare, bovärdar, väktare) file
 * structured event reports from a phone — several events per report, counts of people, never
 * names, every free text screened for personal data; the trygghetssamordnare's weekly workspace
 * aggregates them with the residents' place reports (no individual-level data), plans next week's
 * actions as measures and follows up last week's; a public weekly report is generated from the
 * week and published after editorial approval; a rumour log records rumours and the official
 * clarifications.
 */
@ApplicationModule(displayName = "Field reports and the EST week")
@NullMarked
package se.trygghetsdialog.field;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
