/**
 * The personal-data incident log (GDPR Art. 33) for administrators: what happened, which data and
 * how many people, the risk, the 72-hour deadline to report to IMY counted from discovery (with a
 * reminder mail when less than a day is left), the report or why none was made, and the decisions
 * and actions taken. Every change is audited through {@link
 * se.trygghetsdialog.records.incident.IncidentChanged}.
 */
@NullMarked
package se.trygghetsdialog.records.incident;

import org.jspecify.annotations.NullMarked;
