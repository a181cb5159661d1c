package se.trygghetsdialog.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.validation.EmailAddress;

/**
 * The municipality's organisations: political bodies, administration units and partners. An
 * administrator adds, edits and archives them; one that something points to is not deleted.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Organisations {

  public static final int MAX_NAME_LENGTH = 200;

  private final TenancyRepository repository;
  private final List<TenancyReferences> references;

  /** The organisations not archived: those offered for anything new. */
  public List<Organisation> all(MunicipalityId municipality) {
    return repository.organisations(municipality);
  }

  /** The bodies that can take a political decision (fullmäktige, styrelse, nämnder). */
  public List<Organisation> decidingBodies(MunicipalityId municipality) {
    return all(municipality).stream().filter(o -> o.kind().political()).toList();
  }

  /** An organisation, archived or not. */
  public Optional<Organisation> find(MunicipalityId municipality, UUID id) {
    return repository.organisation(municipality, id);
  }

  /** A page of every organisation, archived ones last. */
  @Transactional(readOnly = true)
  public List<Organisation> page(MunicipalityId municipality, int limit, int offset) {
    return repository.organisationPage(municipality, limit, offset);
  }

  @Transactional(readOnly = true)
  public int count(MunicipalityId municipality) {
    return repository.countOrganisations(municipality);
  }

  /**
   * Adds an organisation unless one of the name exists (for demo data loaders); either is returned.
   */
  public Organisation register(
      MunicipalityId municipality, String name, OrganisationKind kind, @Nullable UUID parent) {
    Organisation organisation = new Organisation(UUID.randomUUID(), municipality, name, kind);
    repository.insertOrganisation(organisation, parent);
    return all(municipality).stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElse(organisation);
  }

  /** An organisation as the administrators' form sends it, bound and validated by Spring MVC. */
  public record Details(
      @NotBlank(message = "{org.error.name}")
          @Size(max = MAX_NAME_LENGTH, message = "{org.error.name}")
          String name,
      @NotNull(message = "{org.error.kind}") OrganisationKind kind,
      @EmailAddress(message = "{org.error.email}") @Nullable String email,
      @Size(max = 40, message = "{org.error.phone}")
          @Pattern(regexp = "[0-9 +()\\-]*", message = "{org.error.phone}")
          @Nullable String phone) {

    String cleanName() {
      return name.strip();
    }

    String cleanEmail() {
      return email == null ? "" : email.strip();
    }

    String cleanPhone() {
      return phone == null ? "" : phone.strip();
    }
  }

  /**
   * Adds an organisation.
   *
   * @throws TenancyRuleViolation on {@code name} when another organisation has the name
   */
  @Transactional
  public Organisation add(MunicipalityId municipality, Details details) {
    checkName(municipality, details.cleanName(), null);
    Organisation organisation =
        new Organisation(
            UUID.randomUUID(),
            municipality,
            details.cleanName(),
            details.kind(),
            details.cleanEmail(),
            details.cleanPhone(),
            false);
    repository.insertOrganisation(organisation, null);
    return organisation;
  }

  /**
   * Changes an organisation; an unknown one is ignored (false).
   *
   * @throws TenancyRuleViolation on {@code name} when another organisation has the name
   */
  @Transactional
  public boolean edit(MunicipalityId municipality, UUID id, Details details) {
    Optional<Organisation> found = find(municipality, id);
    if (found.isEmpty()) {
      return false;
    }
    checkName(municipality, details.cleanName(), id);
    repository.updateOrganisation(
        new Organisation(
            id,
            municipality,
            details.cleanName(),
            details.kind(),
            details.cleanEmail(),
            details.cleanPhone(),
            found.get().archived()));
    return true;
  }

  /** Archives an organisation (or takes it back); false when unknown. */
  @Transactional
  public boolean archive(MunicipalityId municipality, UUID id, boolean archived) {
    Optional<Organisation> found = find(municipality, id);
    found.ifPresent(
        o ->
            repository.updateOrganisation(
                new Organisation(
                    o.id(), municipality, o.name(), o.kind(), o.email(), o.phone(), archived)));
    return found.isPresent();
  }

  /** What points to the organisation: other modules' things and its sub-organisations. */
  @Transactional(readOnly = true)
  public List<TenancyReferences.Reference> references(MunicipalityId municipality, UUID id) {
    List<TenancyReferences.Reference> found = new ArrayList<>();
    repository.children(municipality, id).stream()
        .map(name -> new TenancyReferences.Reference("org.reference.child", name))
        .forEach(found::add);
    references.forEach(r -> found.addAll(r.toOrganisation(municipality, id)));
    return found;
  }

  /**
   * Deletes an organisation that nothing points to.
   *
   * @return what points to it, when that refused the deletion (nothing was deleted); empty when it
   *     was deleted or unknown
   */
  @Transactional
  public List<TenancyReferences.Reference> delete(MunicipalityId municipality, UUID id) {
    List<TenancyReferences.Reference> pointing = references(municipality, id);
    if (pointing.isEmpty()) {
      repository.deleteOrganisation(municipality, id);
    }
    return pointing;
  }

  private void checkName(MunicipalityId municipality, String name, @Nullable UUID except) {
    if (repository.organisationNameTaken(municipality, name, except)) {
      throw new TenancyRuleViolation("name", "org.error.nameTaken", name);
    }
  }
}
