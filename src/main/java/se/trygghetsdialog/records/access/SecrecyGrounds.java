package se.trygghetsdialog.records.access;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The municipality's list of legal grounds for secrecy. The first read of a municipality's list
 * adds a default list of grounds common in a municipality's safety work; none of them was checked
 * against the law text when the list was written (each is shown as unverified until an
 * administrator adds it again after checking).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SecrecyGrounds {

  /** A ground of the default list. */
  record Default(int chapter, int section, String label) {}

  /** The default list: OSL references as commonly cited; not verified against SFS 2009:400. */
  static final List<Default> DEFAULTS =
      List.of(
          new Default(18, 8, "Säkerhets- eller bevakningsåtgärd"),
          new Default(21, 1, "Uppgift om en enskilds hälsa eller sexualliv"),
          new Default(21, 3, "Bostadsadress m.m. när den enskilde kan utsättas för hot eller våld"),
          new Default(21, 7, "Personuppgift som skulle behandlas i strid med dataskyddsreglerna"),
          new Default(26, 1, "Socialtjänst: en enskilds personliga förhållanden"),
          new Default(35, 1, "Utredning om brott: en enskilds personliga förhållanden"));

  /** The administrator's form for a new ground. */
  public record AddGround(
      @NotNull(message = "{access.error.chapter}")
          @Min(value = 1, message = "{access.error.chapter}")
          @Max(value = 99, message = "{access.error.chapter}")
          Integer chapter,
      @NotNull(message = "{access.error.section}")
          @Min(value = 1, message = "{access.error.section}")
          @Max(value = 99, message = "{access.error.section}")
          Integer section,
      @NotBlank(message = "{access.error.label}") @Size(max = 200, message = "{access.error.label}")
          String label) {}

  private final AccessRepository repository;
  private final ApplicationEventPublisher events;

  /** Every ground of the municipality, in order of chapter and section. */
  @Transactional
  public List<SecrecyGround> all(MunicipalityId municipality) {
    List<SecrecyGround> grounds = repository.grounds(municipality);
    if (!grounds.isEmpty()) {
      return grounds;
    }
    for (Default d : DEFAULTS) {
      repository.insertGround(
          municipality, UUID.randomUUID(), d.chapter(), d.section(), d.label(), false);
    }
    return repository.grounds(municipality);
  }

  /** The grounds a reviewer may choose now. */
  public List<SecrecyGround> active(MunicipalityId municipality) {
    return all(municipality).stream().filter(SecrecyGround::active).toList();
  }

  /**
   * Adds a ground an administrator checked against the law text.
   *
   * @throws AccessRuleViolation when the list already has the chapter and section
   */
  @Transactional
  public UUID add(MunicipalityId municipality, UUID actor, AddGround command) {
    all(municipality);
    UUID id = UUID.randomUUID();
    if (!repository.insertGround(
        municipality, id, command.chapter(), command.section(), command.label().strip(), true)) {
      throw new AccessRuleViolation("section", "access.error.groundExists");
    }
    events.publishEvent(
        new SecrecyGroundChanged(municipality, id, actor, SecrecyGroundChanged.Change.ADDED));
    return id;
  }

  /** Takes a ground out of use (marks already made on it stay) or back into use. */
  @Transactional
  public void setActive(MunicipalityId municipality, UUID actor, UUID ground, boolean active) {
    SecrecyGround existing =
        repository
            .ground(municipality, ground)
            .orElseThrow(() -> new se.trygghetsdialog.shared.NotFoundException("ground"));
    if (existing.active() != active) {
      repository.setGroundActive(municipality, ground, active);
      events.publishEvent(
          new SecrecyGroundChanged(
              municipality,
              ground,
              actor,
              active
                  ? SecrecyGroundChanged.Change.ACTIVATED
                  : SecrecyGroundChanged.Change.DEACTIVATED));
    }
  }
}
