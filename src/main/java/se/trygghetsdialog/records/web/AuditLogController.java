package se.trygghetsdialog.records.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.IdentityPolicy;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Paging;

/** The audit log for administrators, newest first. */
@Controller
class AuditLogController {

  static final int PAGE_SIZE = 25;

  private final AuditLog auditLog;
  private final StaffAccounts staff;
  private final IdentityPolicy policy;
  private final MessageSource messages;

  AuditLogController(
      AuditLog auditLog, StaffAccounts staff, IdentityPolicy policy, MessageSource messages) {
    this.auditLog = auditLog;
    this.staff = staff;
    this.policy = policy;
    this.messages = messages;
  }

  @GetMapping("/personal/admin/logg")
  String log(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int page,
      Model model,
      Locale locale) {
    if (StaffAccounts.current().filter(policy::mayAdminister).isEmpty()) {
      throw new org.springframework.security.access.AccessDeniedException("not administrator");
    }
    Paging paging = new Paging(page, PAGE_SIZE, auditLog.count(municipality));
    Map<UUID, String> names = new HashMap<>();
    List<AuditLine> lines =
        auditLog.newestFirst(municipality, paging.size(), paging.offset()).stream()
            .map(
                entry ->
                    new AuditLine(
                        entry,
                        messages.getMessage(
                            "records.action." + entry.action(), null, entry.action(), locale),
                        actor(municipality, entry.actorAccountId(), names, locale)))
            .toList();
    model.addAttribute("lines", lines);
    model.addAttribute("paging", paging);
    return "records/auditLog";
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
