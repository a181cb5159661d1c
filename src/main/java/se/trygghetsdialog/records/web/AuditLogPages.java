package se.trygghetsdialog.records.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.identity.IdentityPolicy;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Paging;

/** Builds the audit log page: each entry with its action in words and who did it. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditLogPages {

  private final AuditLog auditLog;
  private final StaffAccounts staff;
  private final IdentityPolicy policy;
  private final MessageSource messages;

  void requireAdministrator() {
    StaffAccounts.signedIn(policy::mayAdminister, "not administrator");
  }

  int count(MunicipalityId municipality) {
    return auditLog.count(municipality);
  }

  List<AuditLine> lines(MunicipalityId municipality, Paging paging, Locale locale) {
    Map<UUID, String> names = new HashMap<>();
    return auditLog.newestFirst(municipality, paging.size(), paging.offset()).stream()
        .map(
            entry ->
                new AuditLine(
                    entry,
                    messages.getMessage(
                        "records.action." + entry.action(), null, entry.action(), locale),
                    actor(municipality, entry.actorAccountId(), names, locale)))
        .toList();
  }

  private String actor(
      MunicipalityId municipality, @Nullable UUID id, Map<UUID, String> names, Locale locale) {
    if (id == null) {
      return messages.getMessage("records.log.system", null, locale);
    }
    return names.computeIfAbsent(
        id,
        key ->
            staff
                .find(municipality, key)
                .map(StaffMember::displayName)
                .orElseGet(() -> messages.getMessage("records.log.unknownActor", null, locale)));
  }
}
