/**
 * Records: the audit log. {@link se.trygghetsdialog.records.AuditLog} writes every {@code
 * AuditableEvent} of any module to the table audit_event once the publishing transaction has
 * committed (Spring Modulith's event publication registry republishes what was left outstanding at
 * restart), and answers queries by municipality and subject. The log is append-only: database
 * triggers refuse changes and removals, and each entry carries a SHA-256 hash chained to the
 * previous entry of its municipality, checked by {@link se.trygghetsdialog.records.AuditChain} and
 * the jar's audit-verify command. Administrators and auditors read, filter and export the log,
 * newest first, at /personal/admin/logg. Registration: each module event implementing {@link
 * se.trygghetsdialog.records.Registrable} becomes one entry per kind and id, listed, exported and
 * given diarienummer at /personal/registrering (records.registration). Retention and disposal
 * (gallring) live in {@code records.retention}, the archive package of a closed dialogue in {@code
 * records.archive}, and personal-data rights (mina uppgifter, registerutdrag, the privacy notice)
 * in {@code records.rights}; each has an SPI other modules implement. Requests for public access
 * (utlämnande) with secrecy marking per passage live in {@code records.access} (SPI {@code
 * DocumentSource}), the personal-data incident log in {@code records.incident}.
 *
 * <p>API: {@link se.trygghetsdialog.records.AuditLog} and {@link
 * se.trygghetsdialog.records.AuditEntry}.
 */
@ApplicationModule(displayName = "Records")
@NullMarked
package se.trygghetsdialog.records;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
