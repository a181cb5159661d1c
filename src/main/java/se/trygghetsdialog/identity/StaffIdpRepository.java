package se.trygghetsdialog.identity;

import java.time.OffsetDateTime;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for the municipalities' own identity providers. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffIdpRepository {

  private final JdbcClient jdbc;

  /** A stored configuration; the secret is sealed. */
  record Row(
      String issuerUri,
      String clientId,
      String clientSecretSealed,
      @Nullable OffsetDateTime verifiedAt,
      boolean passwordSignIn,
      OffsetDateTime changedAt) {}

  Optional<Row> find(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT issuer_uri, client_id, client_secret_sealed, verified_at, password_sign_in,
                   changed_at
            FROM staff_idp WHERE municipality_id = :m
            """)
        .param("m", municipality.value())
        .query(Row.class)
        .optional();
  }

  /** Saves a configuration; it is unverified until a sign-in through it succeeds. */
  void save(MunicipalityId municipality, String issuer, String clientId, String sealedSecret) {
    jdbc.sql(
            """
            INSERT INTO staff_idp (municipality_id, issuer_uri, client_id, client_secret_sealed)
            VALUES (:m, :issuer, :client, :secret)
            ON CONFLICT (municipality_id) DO UPDATE SET issuer_uri = :issuer, client_id = :client,
              client_secret_sealed = :secret, verified_at = NULL, changed_at = now()
            """)
        .param("m", municipality.value())
        .param("issuer", issuer)
        .param("client", clientId)
        .param("secret", sealedSecret)
        .update();
  }

  /** Records the first successful sign-in through the configuration of this change. */
  void verified(MunicipalityId municipality, OffsetDateTime changedAt) {
    jdbc.sql(
            "UPDATE staff_idp SET verified_at = now() WHERE municipality_id = :m"
                + " AND verified_at IS NULL AND changed_at = :changed")
        .param("m", municipality.value())
        .param("changed", changedAt)
        .update();
  }

  java.util.Set<MunicipalityId> passwordSignInOff() {
    return jdbc.sql("SELECT municipality_id FROM staff_idp WHERE NOT password_sign_in")
        .query((rs, n) -> new MunicipalityId(rs.getObject(1, java.util.UUID.class)))
        .set();
  }

  void passwordSignIn(MunicipalityId municipality, boolean allowed) {
    jdbc.sql("UPDATE staff_idp SET password_sign_in = :allowed WHERE municipality_id = :m")
        .param("m", municipality.value())
        .param("allowed", allowed)
        .update();
  }
}
