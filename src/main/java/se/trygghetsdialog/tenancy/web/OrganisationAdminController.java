package se.trygghetsdialog.tenancy.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Administrators keep the municipality's organisations: political bodies, departments, the police
 * area, housing companies, associations, schools and businesses, with their contact addresses. Only
 * administrators reach {@code /personal/admin} (SecurityConfig).
 */
@Controller
@RequestMapping(OrganisationAdminPages.BASE)
class OrganisationAdminController
    extends ReferenceRowsAdmin<Organisation, Organisations.Details, OrganisationForm> {

  private final Organisations organisations;

  OrganisationAdminController(
      Organisations organisations, OrganisationAdminPages pages, FormSubmissions forms) {
    super(
        forms,
        new Kind(
            OrganisationAdminPages.BASE,
            "org.notice",
            "organisations",
            "tenancy/organisationList",
            "organisation"),
        pages,
        organisations);
    this.organisations = organisations;
  }

  @Override
  protected Organisation add(MunicipalityId municipality, Organisations.Details details) {
    return organisations.add(municipality, details);
  }

  @Override
  protected void edit(MunicipalityId municipality, UUID id, Organisations.Details details) {
    organisations.edit(municipality, id, details);
  }
}
