package se.trygghetsdialog.records.registration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.SecretTokens;

/**
 * The register of inbound submissions: writes one entry per {@link Registrable} event after the
 * publishing transaction has committed (the event publication registry republishes what was left
 * outstanding), lists and exports the entries for the diarium, serves the read API's token and
 * imports diarienummer back. Every export and import is audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Registry {

  private final RegistrationRepository entries;
  private final ApplicationEventPublisher events;

  @ApplicationModuleListener
  void on(Registrable event) {
    entries.register(event);
  }

  public List<RegistrationEntry> page(
      MunicipalityId municipality, RegistrationFilter filter, int limit, int offset) {
    return entries.page(municipality, filter, limit, offset);
  }

  public int count(MunicipalityId municipality, RegistrationFilter filter) {
    return entries.count(municipality, filter);
  }

  public Optional<RegistrationEntry> find(
      MunicipalityId municipality, RecordKind kind, String recordId) {
    return entries.find(municipality, kind, recordId);
  }

  /**
   * Every entry the filter selects, oldest first, for an export by a staff member; the export is
   * audited.
   */
  @Transactional
  public List<RegistrationEntry> export(
      MunicipalityId municipality, RegistrationFilter filter, UUID actor, String format) {
    List<RegistrationEntry> selected = entries.all(municipality, filter);
    events.publishEvent(
        new RegistrationsExported(municipality, actor, format, selected.size(), null));
    return selected;
  }

  /**
   * The entries after the cursor, oldest first, for the diarium's read API; audited as an export by
   * the API (no staff member).
   */
  @Transactional
  public List<RegistrationEntry> after(MunicipalityId municipality, long cursor, int limit) {
    List<RegistrationEntry> page = entries.after(municipality, cursor, limit);
    events.publishEvent(new RegistrationsExported(municipality, null, "api", page.size(), cursor));
    return page;
  }

  /** A new bearer token for the read API; only its hash is kept, the old one stops working. */
  @Transactional
  public String newApiToken(MunicipalityId municipality, UUID actor) {
    String token = SecretTokens.newToken();
    entries.saveTokenHash(municipality, SecretTokens.hash(token));
    events.publishEvent(new RegistrationApiTokenSet(municipality, actor));
    return token;
  }

  public boolean hasApiToken(MunicipalityId municipality) {
    return entries.tokenHash(municipality).isPresent();
  }

  /** Whether the token is the municipality's current read API token. */
  public boolean acceptsApiToken(MunicipalityId municipality, String token) {
    if (!SecretTokens.wellFormed(token)) {
      return false;
    }
    return entries
        .tokenHash(municipality)
        .map(
            hash ->
                java.security.MessageDigest.isEqual(
                    hash.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    SecretTokens.hash(token).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .orElse(false);
  }

  /**
   * Imports diarienummer from a CSV file {@code kind,id,diarienummer}: all lines or none.
   *
   * @return the number of entries given a diarienummer, or the errors (nothing changed)
   */
  @Transactional
  public DiarienummerImport.Result importDiarienummer(
      MunicipalityId municipality, String filename, String text, UUID actor) {
    DiarienummerImport.Result result =
        DiarienummerImport.parse(text, (kind, id) -> entries.find(municipality, kind, id));
    if (result.errors().isEmpty()) {
      result
          .rows()
          .forEach(row -> entries.setDiarienummer(municipality, row.entryId(), row.diarienummer()));
      events.publishEvent(
          new DiarienummerImported(municipality, actor, filename, result.rows().size()));
    }
    return result;
  }
}
