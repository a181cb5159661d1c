package se.trygghetsdialog.records.registration;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for registration entries and the diarium's API token. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistrationRepository {

  static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");

  private static final MunicipalityRows<RegistrationEntry> ENTRIES =
      MunicipalityRows.of(
          RegistrationEntry.class,
          "id, position, municipality_id, registered_at, kind, record_id, organisation_id, title,"
              + " diarienummer",
          "FROM registration WHERE municipality_id = :m");

  private final JdbcClient jdbc;

  /**
   * Writes the entry once per kind and id; a later event for the same submission only fills in an
   * owning organisation that was missing.
   */
  void register(Registrable event) {
    jdbc.sql(
            """
            INSERT INTO registration
              (id, municipality_id, registered_at, kind, record_id, organisation_id, title)
            VALUES (:id, :m, :at, :kind, :recordId, :organisation, :title)
            ON CONFLICT (kind, record_id) DO UPDATE
              SET organisation_id = COALESCE(registration.organisation_id, EXCLUDED.organisation_id)
            """)
        .param("id", UUID.randomUUID())
        .param("m", event.municipalityId().value())
        .param("at", event.submittedAt())
        .param("kind", event.recordKind().name())
        .param("recordId", event.recordId())
        .param("organisation", event.owningOrganisationId())
        .param("title", event.registrationTitle())
        .update();
  }

  List<RegistrationEntry> page(
      MunicipalityId municipality, RegistrationFilter filter, int limit, int offset) {
    Map<String, Object> params = params(filter);
    params.put("limit", limit);
    params.put("offset", offset);
    return ENTRIES.list(
        jdbc,
        municipality,
        where(filter) + " ORDER BY registered_at DESC, position DESC LIMIT :limit OFFSET :offset",
        params);
  }

  List<RegistrationEntry> all(MunicipalityId municipality, RegistrationFilter filter) {
    return ENTRIES.list(jdbc, municipality, where(filter) + " ORDER BY position", params(filter));
  }

  int count(MunicipalityId municipality, RegistrationFilter filter) {
    return ENTRIES.count(jdbc, municipality, where(filter), params(filter));
  }

  /** Entries after the cursor position, oldest first. */
  List<RegistrationEntry> after(MunicipalityId municipality, long position, int limit) {
    return ENTRIES.list(
        jdbc,
        municipality,
        "AND position > :position ORDER BY position LIMIT :limit",
        Map.of("position", position, "limit", limit));
  }

  Optional<RegistrationEntry> find(MunicipalityId municipality, RecordKind kind, String recordId) {
    return ENTRIES.optional(
        jdbc,
        municipality,
        "AND kind = :kind AND record_id = :recordId",
        Map.of("kind", kind.name(), "recordId", recordId));
  }

  void setDiarienummer(MunicipalityId municipality, UUID id, String diarienummer) {
    jdbc.sql("UPDATE registration SET diarienummer = :d WHERE municipality_id = :m AND id = :id")
        .param("d", diarienummer)
        .param("m", municipality.value())
        .param("id", id)
        .update();
  }

  void saveTokenHash(MunicipalityId municipality, String tokenHash) {
    jdbc.sql(
            """
            INSERT INTO registration_api_token (municipality_id, token_hash) VALUES (:m, :hash)
            ON CONFLICT (municipality_id) DO UPDATE SET token_hash = :hash, created_at = now()
            """)
        .param("m", municipality.value())
        .param("hash", tokenHash)
        .update();
  }

  Optional<String> tokenHash(MunicipalityId municipality) {
    return jdbc.sql("SELECT token_hash FROM registration_api_token WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(String.class)
        .optional();
  }

  private static String where(RegistrationFilter filter) {
    StringBuilder where = new StringBuilder();
    if (filter.from() != null) {
      where.append(" AND registered_at >= :from");
    }
    if (filter.to() != null) {
      where.append(" AND registered_at < :to");
    }
    if (filter.kind() != null) {
      where.append(" AND kind = :kind");
    }
    if (filter.organisationId() != null) {
      where.append(" AND organisation_id = :organisation");
    }
    if (filter.withDiarienummer() != null) {
      where.append(
          filter.withDiarienummer()
              ? " AND diarienummer IS NOT NULL"
              : " AND diarienummer IS NULL");
    }
    return where.toString();
  }

  private static Map<String, Object> params(RegistrationFilter filter) {
    Map<String, Object> params = new HashMap<>();
    if (filter.from() != null) {
      params.put("from", filter.from().atStartOfDay(SWEDISH_TIME).toOffsetDateTime());
    }
    if (filter.to() != null) {
      params.put("to", filter.to().plusDays(1).atStartOfDay(SWEDISH_TIME).toOffsetDateTime());
    }
    if (filter.kind() != null) {
      params.put("kind", filter.kind().name());
    }
    if (filter.organisationId() != null) {
      params.put("organisation", filter.organisationId());
    }
    return params;
  }
}
