package se.trygghetsdialog.records.rights.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.identity.IdentityPolicy;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.rights.PrivacyNotices;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The privacy notice: public at /personuppgifter (the municipality's newest version, or the
 * product's suggestion until one is published), edited by administrators.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PrivacyNoticeController {

  static final String ADMIN = "/personal/admin/personuppgifter";

  private final PrivacyNotices notices;
  private final IdentityPolicy policy;
  private final FormSubmissions forms;

  @GetMapping("/personuppgifter")
  String show(MunicipalityId municipality, WebPage page) {
    var notice = notices.current(municipality);
    String body =
        notice
            .map(PrivacyNotices.Notice::body)
            .orElseGet(() -> page.ui().t("rights.privacy.suggestion", page.ui().tenant().name()));
    page.add("paragraphs", paragraphs(body)).add("notice", notice.orElse(null));
    return "records/rights/privacy";
  }

  @GetMapping(ADMIN)
  String edit(MunicipalityId municipality, WebPage page) {
    admin();
    var notice = notices.current(municipality);
    String body =
        notice
            .map(PrivacyNotices.Notice::body)
            .orElseGet(() -> page.ui().t("rights.privacy.suggestion", page.ui().tenant().name()));
    return render(
        body, notice.map(PrivacyNotices.Notice::version).orElse(0), FormErrors.none(), page);
  }

  @PostMapping(ADMIN)
  String publish(
      MunicipalityId municipality,
      @Valid @ModelAttribute("privacy") PrivacyNotices.Command command,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = admin();
    return forms.submit(
        binding,
        () -> {
          notices.publish(municipality, command, staff);
          return page.redirect("rights.privacy.notice.published", ADMIN);
        },
        errors ->
            render(
                command.body() == null ? "" : command.body(),
                notices.current(municipality).map(PrivacyNotices.Notice::version).orElse(0),
                errors,
                page));
  }

  private StaffPrincipal admin() {
    return StaffAccounts.signedIn(policy::mayAdminister, "not administrator");
  }

  private String render(String body, int version, FormErrors errors, WebPage page) {
    page.add("body", body)
        .add("version", version)
        .add("errors", errors)
        .add("maxLength", PrivacyNotices.MAX_LENGTH);
    return "records/rights/privacyEdit";
  }

  static List<String> paragraphs(String body) {
    return Arrays.stream(body.split("\\R\\s*\\R"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
