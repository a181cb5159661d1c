package se.trygghetsdialog.records.retention.web;

import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.identity.IdentityPolicy;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.Disposals;
import se.trygghetsdialog.records.retention.RetentionClass;
import se.trygghetsdialog.records.retention.RetentionClasses;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * Retention and disposal for administrators: the retention class of each kind of record (months and
 * the gallringsbeslut), a dry run, a run now, and the disposal log.
 */
@Controller
@RequestMapping("/personal/admin/gallring")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RetentionController {

  static final String BASE = "/personal/admin/gallring";
  static final int LOG_LINES = 30;

  private final RetentionClasses classes;
  private final Disposals disposals;
  private final IdentityPolicy policy;
  private final FormSubmissions forms;

  private StaffPrincipal admin() {
    return StaffAccounts.signedIn(policy::mayAdminister, "not administrator");
  }

  @GetMapping
  String overview(MunicipalityId municipality, WebPage page) {
    admin();
    page.add("classes", classes.all(municipality))
        .add("disposable", disposals.disposableKinds())
        .add("runs", disposals.runs(municipality, LOG_LINES));
    return "records/retention";
  }

  @GetMapping("/klass/{kind}")
  String edit(MunicipalityId municipality, @PathVariable RecordKind kind, WebPage page) {
    admin();
    RetentionClass current = classes.of(municipality, kind);
    return render(
        kind,
        current.months() == null ? "" : current.months().toString(),
        current.decisionReference(),
        FormErrors.none(),
        page);
  }

  @PostMapping("/klass/{kind}")
  String save(
      MunicipalityId municipality,
      @PathVariable RecordKind kind,
      @Valid @ModelAttribute("retention") RetentionClasses.Command command,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = admin();
    Object months = binding.getFieldValue("months");
    return forms.submit(
        binding,
        () -> {
          classes.change(municipality, kind, command, staff);
          return page.redirect("retention.notice.saved", BASE);
        },
        errors ->
            render(
                kind,
                months == null ? "" : months.toString(),
                command.decisionReference() == null ? "" : command.decisionReference(),
                errors,
                page));
  }

  @PostMapping("/provkorning")
  String dryRun(MunicipalityId municipality, WebPage page) {
    StaffPrincipal staff = admin();
    var outcome = disposals.dryRun(municipality, OffsetDateTime.now(), staff.accountId());
    page.add("dryRun", true).add("items", outcome.items());
    return "records/disposalRun";
  }

  @PostMapping("/gallra")
  String run(MunicipalityId municipality, WebPage page) {
    StaffPrincipal staff = admin();
    var outcome = disposals.run(municipality, OffsetDateTime.now(), staff.accountId());
    return page.redirect("retention.notice.ran", BASE + "/korning/" + outcome.runId());
  }

  @GetMapping("/korning/{runId}")
  String runLog(MunicipalityId municipality, @PathVariable UUID runId, WebPage page) {
    admin();
    page.add("dryRun", false).add("items", disposals.disposedBy(municipality, runId));
    return "records/disposalRun";
  }

  private String render(
      RecordKind kind, String months, String reference, FormErrors errors, WebPage page) {
    page.add("kind", kind)
        .add("months", months)
        .add("decisionReference", reference)
        .add("errors", errors)
        .add("maxReference", RetentionClasses.MAX_REFERENCE);
    return "records/retentionClass";
  }
}
