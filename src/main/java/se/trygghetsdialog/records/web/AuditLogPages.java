package se.trygghetsdialog.records.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.identity.IdentityPolicy;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.AuditFilter;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.AuditEvents;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.CsvTables;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;

/**
 * Builds the audit log page and its CSV export: each entry with its action in words and who did it,
 * narrowed by the auditor's filter.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditLogPages {

  /** Most rows one export holds; a narrower filter gets the rest. */
  static final int MAX_EXPORT = 50_000;

  private static final DateTimeFormatter EXPORT_TIME =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Ui.ZONE);

  private final AuditLog auditLog;
  private final StaffAccounts staff;
  private final IdentityPolicy policy;
  private final MessageSource messages;
  private final AuditEvents audit;

  /** The signed-in administrator or auditor; anyone else is refused. */
  StaffPrincipal requireAuditReader() {
    return StaffAccounts.signedIn(policy::mayReadAuditLog, "may not read the audit log");
  }

  int count(MunicipalityId municipality, AuditFilter filter) {
    return auditLog.count(municipality, filter);
  }

  List<AuditLine> lines(
      MunicipalityId municipality, AuditFilter filter, Paging paging, Locale locale) {
    return lines(
        municipality,
        auditLog.matching(municipality, filter, paging.size(), paging.offset()),
        locale);
  }

  /** The actions to choose from, in words, sorted by their words. */
  List<Choice> actions(MunicipalityId municipality, Locale locale) {
    return auditLog.actions(municipality).stream()
        .map(action -> new Choice(action, action(action, locale)))
        .sorted(Comparator.comparing(Choice::label))
        .toList();
  }

  /** The staff members who acted, by name. */
  List<Choice> actors(MunicipalityId municipality, Locale locale) {
    Map<UUID, String> names = new HashMap<>();
    List<Choice> choices = new ArrayList<>();
    for (UUID id : auditLog.actors(municipality)) {
      choices.add(new Choice(id.toString(), actor(municipality, id, names, locale)));
    }
    choices.sort(Comparator.comparing(Choice::label));
    return choices;
  }

  /** The filtered log as a CSV download; the export itself is logged. */
  ResponseEntity<byte[]> export(
      MunicipalityId municipality, AuditFilter filter, StaffPrincipal reader, Locale locale) {
    List<AuditLine> lines =
        lines(municipality, auditLog.matching(municipality, filter, MAX_EXPORT, 0), locale);
    List<List<String>> rows =
        lines.stream()
            .map(
                line ->
                    List.of(
                        EXPORT_TIME.format(line.entry().occurredAt()),
                        line.actor(),
                        line.entry().action(),
                        line.action(),
                        line.entry().subject(),
                        line.entry().id().toString()))
            .toList();
    audit.record(
        new AuditLogExported(municipality, reader.accountId(), filter.toString(), rows.size()));
    return CsvTables.download(
        "granskningslogg.csv",
        List.of(
            t("records.log.when", locale),
            t("records.log.actor", locale),
            t("records.log.export.actionName", locale),
            t("records.log.action", locale),
            t("records.log.subject", locale),
            t("records.log.export.entryId", locale)),
        rows);
  }

  private List<AuditLine> lines(
      MunicipalityId municipality,
      List<se.trygghetsdialog.records.AuditEntry> entries,
      Locale locale) {
    Map<UUID, String> names = new HashMap<>();
    return entries.stream()
        .map(
            entry ->
                new AuditLine(
                    entry,
                    action(entry.action(), locale),
                    actor(municipality, entry.actorAccountId(), names, locale)))
        .toList();
  }

  private String action(String action, Locale locale) {
    return messages.getMessage("records.action." + action, null, action, locale);
  }

  private String t(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private String actor(
      MunicipalityId municipality, @Nullable UUID id, Map<UUID, String> names, Locale locale) {
    if (id == null) {
      return t("records.log.system", locale);
    }
    return names.computeIfAbsent(
        id,
        key ->
            staff
                .find(municipality, key)
                .map(StaffMember::displayName)
                .orElseGet(() -> t("records.log.unknownActor", locale)));
  }
}
