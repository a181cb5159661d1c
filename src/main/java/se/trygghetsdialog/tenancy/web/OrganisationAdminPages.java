package se.trygghetsdialog.tenancy.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.TenancyReferences;

/** Builds the organisation administration pages. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OrganisationAdminPages {

  static final String BASE = "/personal/admin/organisationer";

  static OrganisationForm form(Organisation o) {
    return new OrganisationForm(o.name(), o.kind().name(), o.email(), o.phone());
  }

  /** The add form (organisation null) or the edit form, as typed. */
  String form(
      @Nullable Organisation organisation,
      OrganisationForm form,
      FormErrors errors,
      Model model,
      Ui ui) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "action", organisation == null ? BASE + "/ny" : BASE + "/" + organisation.id());
    model.addAttribute(
        "kinds",
        Arrays.stream(OrganisationKind.values())
            .map(
                k ->
                    new Option(
                        k.name(),
                        ui.e("org.kind", k),
                        k.name().equals(form.kind()),
                        k.political() ? ui.t("org.kind.political") : ""))
            .toList());
    return "tenancy/organisationForm";
  }

  /** The refusal to delete: what points to it, and the offer to archive instead (409). */
  static String inUse(
      String name,
      String archiveAction,
      String back,
      List<TenancyReferences.Reference> references,
      Model model) {
    model.addAttribute("name", name);
    model.addAttribute("archiveAction", archiveAction);
    model.addAttribute("back", back);
    model.addAttribute("references", references);
    return "tenancy/inUse";
  }

  static String path(UUID id) {
    return BASE + "/" + id;
  }
}
