package se.trygghetsdialog.tenancy.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;

/** Builds the organisation administration pages. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OrganisationAdminPages implements ReferenceRowsAdmin.Forms<Organisation, OrganisationForm> {

  static final String BASE = "/personal/admin/organisationer";

  @Override
  public OrganisationForm blank() {
    return new OrganisationForm(null, null, null, null);
  }

  @Override
  public OrganisationForm typed(Organisation o) {
    return new OrganisationForm(o.name(), o.kind().name(), o.email(), o.phone());
  }

  /**
   * The add form (organisation null) or the edit form, as typed: the same in every municipality.
   */
  @Override
  public String form(
      MunicipalityId municipality,
      @Nullable Organisation organisation,
      OrganisationForm form,
      FormErrors errors,
      WebPage page) {
    Ui ui = page.ui();
    page.add("organisation", organisation)
        .add("form", form)
        .add("errors", errors)
        .add("action", organisation == null ? BASE + "/ny" : BASE + "/" + organisation.id())
        .add(
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
}
