package se.trygghetsdialog.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.validation.EmailAddress;

/**
 * The municipality's organisations: political bodies, administration units and partners. An
 * administrator adds, edits and archives them; one that something points to is not deleted.
 */
@Service
public class Organisations extends ArchivableRegister<Organisation> {

  public static final int MAX_NAME_LENGTH = 200;

  private final MessageSource messages;

  Organisations(
      TenancyRepository repository, List<TenancyReferences> references, MessageSource messages) {
    super(
        repository,
        TenancyRepository.ORGANISATIONS,
        references,
        "org.error.nameTaken",
        Organisation::withArchived,
        repository::updateOrganisation,
        TenancyReferences::toOrganisation);
    this.messages = messages;
  }

  /** Its sub-organisations. */
  @Override
  List<TenancyReferences.Reference> pointingWithin(MunicipalityId municipality, UUID id) {
    return repository.children(municipality, id).stream()
        .map(name -> new TenancyReferences.Reference("org.reference.child", name))
        .toList();
  }

  /** The bodies that can take a political decision (fullmäktige, styrelse, nämnder). */
  public List<Organisation> decidingBodies(MunicipalityId municipality) {
    return all(municipality).stream().filter(o -> o.kind().political()).toList();
  }

  /**
   * The names of every organisation by id, archived ones too (marked archived, in the language of
   * the current request), for pages that name what something points to: choices offer only {@link
   * #all}.
   */
  @Transactional(readOnly = true)
  public Map<UUID, String> names(MunicipalityId municipality) {
    Locale locale = LocaleContextHolder.getLocale();
    Map<UUID, String> names = new LinkedHashMap<>();
    repository
        .rows(TenancyRepository.ORGANISATIONS, municipality, true)
        .forEach(o -> names.put(o.id(), displayName(o, locale)));
    return names;
  }

  /**
   * The name of an organisation, archived or not (an archived one marked so in {@code locale});
   * empty if unknown.
   */
  public String name(MunicipalityId municipality, UUID id, Locale locale) {
    return find(municipality, id).map(o -> displayName(o, locale)).orElse("");
  }

  /** As {@link #name(MunicipalityId, UUID, Locale)}, in the language of the current request. */
  public String name(MunicipalityId municipality, UUID id) {
    return name(municipality, id, LocaleContextHolder.getLocale());
  }

  private String displayName(Organisation organisation, Locale locale) {
    return organisation.archived()
        ? messages.getMessage("org.archivedName", new Object[] {organisation.name()}, locale)
        : organisation.name();
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

    Organisation toOrganisation(UUID id, MunicipalityId municipality, boolean archived) {
      return new Organisation(
          id, municipality, cleanName(), kind, cleanEmail(), cleanPhone(), archived);
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
    Organisation organisation = details.toOrganisation(UUID.randomUUID(), municipality, false);
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
    return change(
        municipality,
        id,
        details.cleanName(),
        found -> details.toOrganisation(id, municipality, found.archived()));
  }
}
