package se.trygghetsdialog.tenancy.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.TenancyReferences;

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
  private final OrganisationAdminPages pages;

  OrganisationAdminController(
      Organisations organisations, OrganisationAdminPages pages, FormSubmissions forms) {
    super(
        forms,
        new Kind(
            OrganisationAdminPages.BASE,
            "org.notice",
            "organisations",
            "tenancy/organisationList",
            "organisation"));
    this.organisations = organisations;
    this.pages = pages;
  }

  @Override
  protected int count(MunicipalityId municipality) {
    return organisations.count(municipality);
  }

  @Override
  protected List<Organisation> page(MunicipalityId municipality, int limit, int offset) {
    return organisations.page(municipality, limit, offset);
  }

  @Override
  protected Optional<Organisation> find(MunicipalityId municipality, UUID id) {
    return organisations.find(municipality, id);
  }

  @Override
  protected UUID id(Organisation organisation) {
    return organisation.id();
  }

  @Override
  protected String name(Organisation organisation) {
    return organisation.name();
  }

  @Override
  protected Organisation add(MunicipalityId municipality, Organisations.Details details) {
    return organisations.add(municipality, details);
  }

  @Override
  protected void edit(MunicipalityId municipality, UUID id, Organisations.Details details) {
    organisations.edit(municipality, id, details);
  }

  @Override
  protected void archive(MunicipalityId municipality, UUID id, boolean archived) {
    organisations.archive(municipality, id, archived);
  }

  @Override
  protected List<TenancyReferences.Reference> delete(MunicipalityId municipality, UUID id) {
    return organisations.delete(municipality, id);
  }

  @Override
  protected OrganisationForm blank() {
    return new OrganisationForm(null, null, null, null);
  }

  @Override
  protected OrganisationForm typed(Organisation organisation) {
    return OrganisationAdminPages.form(organisation);
  }

  @Override
  protected String form(
      MunicipalityId municipality,
      @Nullable Organisation organisation,
      OrganisationForm form,
      FormErrors errors,
      WebPage page) {
    return pages.form(organisation, form, errors, page);
  }
}
