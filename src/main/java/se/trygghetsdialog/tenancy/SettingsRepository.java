package se.trygghetsdialog.tenancy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for a municipality's own settings: profile, logo, features and ladder edits. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SettingsRepository {

  private final JdbcClient jdbc;

  Optional<MunicipalityProfile> profile(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT m.code, m.name, coalesce(p.contact_email, '') AS contact_email,
                   coalesce(p.contact_phone, '') AS contact_phone,
                   coalesce(p.postal_address, '') AS postal_address,
                   coalesce(p.eservices_url, '') AS e_services_url,
                   coalesce(p.notice_board_url, '') AS notice_board_url, p.logo_changed_at
            FROM municipality m LEFT JOIN municipality_profile p USING (municipality_id)
            WHERE m.municipality_id = :m
            """)
        .param("m", municipality.value())
        .query(MunicipalityProfile.class)
        .optional();
  }

  void rename(MunicipalityId municipality, String name) {
    jdbc.sql("UPDATE municipality SET name = :name WHERE municipality_id = :m")
        .param("m", municipality.value())
        .param("name", name)
        .update();
  }

  void saveProfile(MunicipalityId municipality, MunicipalityProfile profile) {
    jdbc.sql(
            """
            INSERT INTO municipality_profile (municipality_id, contact_email, contact_phone,
              postal_address, eservices_url, notice_board_url)
            VALUES (:m, :email, :phone, :address, :eservices, :board)
            ON CONFLICT (municipality_id) DO UPDATE SET
              contact_email = EXCLUDED.contact_email, contact_phone = EXCLUDED.contact_phone,
              postal_address = EXCLUDED.postal_address, eservices_url = EXCLUDED.eservices_url,
              notice_board_url = EXCLUDED.notice_board_url
            """)
        .param("m", municipality.value())
        .param("email", profile.contactEmail())
        .param("phone", profile.contactPhone())
        .param("address", profile.postalAddress())
        .param("eservices", profile.eServicesUrl())
        .param("board", profile.noticeBoardUrl())
        .update();
  }

  Optional<Logo> logo(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT logo AS bytes, logo_type AS content_type, logo_changed_at AS changed_at
            FROM municipality_profile
            WHERE municipality_id = :m AND logo IS NOT NULL
            """)
        .param("m", municipality.value())
        .query(Logo.class)
        .optional();
  }

  /** Stores a logo, or removes it when {@code bytes} is null. */
  void saveLogo(MunicipalityId municipality, byte[] bytes, String type) {
    jdbc.sql(
            """
            INSERT INTO municipality_profile (municipality_id, logo, logo_type, logo_changed_at)
            VALUES (:m, :logo, :type, now())
            ON CONFLICT (municipality_id) DO UPDATE SET
              logo = EXCLUDED.logo, logo_type = EXCLUDED.logo_type,
              logo_changed_at = EXCLUDED.logo_changed_at
            """)
        .param("m", municipality.value())
        .param("logo", bytes)
        .param("type", type)
        .update();
  }

  void removeLogo(MunicipalityId municipality) {
    jdbc.sql(
            """
            UPDATE municipality_profile SET logo = NULL, logo_type = NULL, logo_changed_at = NULL
            WHERE municipality_id = :m
            """)
        .param("m", municipality.value())
        .update();
  }

  Set<Feature> disabledFeatures(MunicipalityId municipality) {
    Set<Feature> off = EnumSet.noneOf(Feature.class);
    jdbc.sql("SELECT feature FROM municipality_feature WHERE municipality_id = :m AND NOT enabled")
        .param("m", municipality.value())
        .query(String.class)
        .list()
        .forEach(
            name -> {
              for (Feature feature : Feature.values()) {
                if (feature.name().equals(name)) {
                  off.add(feature);
                }
              }
            });
    return off;
  }

  void setFeature(MunicipalityId municipality, Feature feature, boolean enabled) {
    jdbc.sql(
            """
            INSERT INTO municipality_feature (municipality_id, feature, enabled)
            VALUES (:m, :f, :on)
            ON CONFLICT (municipality_id, feature) DO UPDATE SET enabled = EXCLUDED.enabled
            """)
        .param("m", municipality.value())
        .param("f", feature.name())
        .param("on", enabled)
        .update();
  }

  /** Moves every level's rank out of the way, so that the new ranks can be set one by one. */
  void parkRanks(MunicipalityId municipality) {
    jdbc.sql("UPDATE participation_level SET rank = -1000 - rank WHERE municipality_id = :m")
        .param("m", municipality.value())
        .update();
  }

  void updateLevel(MunicipalityId municipality, ParticipationLevel level) {
    jdbc.sql(
            """
            UPDATE participation_level SET rank = :rank, name_sv = :nameSv, name_en = :nameEn,
              explanation_sv = :explSv, explanation_en = :explEn
            WHERE municipality_id = :m AND level_id = :id
            """)
        .params(TenancyRepository.levelParameters(municipality, level))
        .update();
  }
}
