package se.trygghetsdialog.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for staff accounts and invitations. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffAccountRepository {

  private final JdbcClient jdbc;

  record Row(StaffMember member, @Nullable String passwordHash) {}

  private static final String COLUMNS =
      "account_id, municipality_id, email, display_name, password_hash, roles, organisation_id,"
          + " enabled, idp_activated_at";

  private static final MunicipalityRows<Row> ROWS =
      new MunicipalityRows<>(
          COLUMNS, "FROM staff_account WHERE municipality_id = :m", StaffAccountRepository::row);

  private static Row row(ResultSet rs, int n) throws SQLException {
    String hash = rs.getString("password_hash");
    StaffMember member =
        new StaffMember(
            rs.getObject("account_id", UUID.class),
            new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
            rs.getString("email"),
            rs.getString("display_name"),
            roles(rs.getArray("roles")),
            rs.getObject("organisation_id", UUID.class),
            rs.getBoolean("enabled"),
            hash != null || rs.getObject("idp_activated_at") != null);
    return new Row(member, hash);
  }

  static Set<Role> roles(Array array) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        try {
          roles.add(Role.valueOf(value.toString()));
        } catch (IllegalArgumentException ignored) {
          // a role removed from the code base no longer grants anything
        }
      }
    }
    return roles;
  }

  Optional<Row> byEmail(MunicipalityId municipality, String email) {
    return ROWS.optional(
        jdbc, municipality, "AND lower(email) = lower(:email)", Map.of("email", email));
  }

  Optional<Row> byId(MunicipalityId municipality, UUID id) {
    return ROWS.optional(jdbc, municipality, "AND account_id = :id", Map.of("id", id));
  }

  List<StaffMember> all(MunicipalityId municipality, int limit, int offset) {
    return ROWS.page(jdbc, municipality, "ORDER BY display_name, email", limit, offset).stream()
        .map(Row::member)
        .toList();
  }

  /** One page of accounts with what is needed to tell their status. */
  List<Row> page(MunicipalityId municipality, int limit, int offset) {
    return ROWS.page(
        jdbc, municipality, "ORDER BY lower(display_name), lower(email)", limit, offset);
  }

  record Invitation(
      UUID accountId, OffsetDateTime expiresAt, @Nullable OffsetDateTime acceptedAt) {}

  /** The invitation with this token hash, whatever its state. */
  Optional<Invitation> invitation(MunicipalityId municipality, String tokenHash) {
    return jdbc.sql(
            "SELECT account_id, expires_at, accepted_at FROM staff_invitation"
                + " WHERE municipality_id = :m AND token_hash = :hash")
        .param("m", municipality.value())
        .param("hash", tokenHash)
        .query(Invitation.class)
        .optional();
  }

  /** Display names of these accounts, by id, in display-name order. */
  Map<UUID, String> displayNames(MunicipalityId municipality, Collection<UUID> ids) {
    Map<UUID, String> names = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    jdbc.sql(
            """
            SELECT account_id, display_name FROM staff_account
            WHERE municipality_id = :m AND account_id = ANY(:ids) ORDER BY display_name
            """)
        .param("m", municipality.value())
        .param("ids", ids.toArray(UUID[]::new))
        .query(
            (RowCallbackHandler)
                rs ->
                    names.put(
                        rs.getObject("account_id", UUID.class), rs.getString("display_name")));
    return names;
  }

  int count(MunicipalityId municipality) {
    return jdbc.sql("SELECT count(*) FROM staff_account WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(Integer.class)
        .single();
  }

  List<StaffMember> withRole(MunicipalityId municipality, Role role) {
    return jdbc
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM staff_account WHERE municipality_id = :m AND :role = ANY(roles)"
                + " AND enabled ORDER BY display_name")
        .param("m", municipality.value())
        .param("role", role.name())
        .query(StaffAccountRepository::row)
        .list()
        .stream()
        .map(Row::member)
        .toList();
  }

  void insert(StaffMember member, @Nullable String passwordHash) {
    jdbc.sql(
            """
            INSERT INTO staff_account
              (account_id, municipality_id, email, display_name, password_hash, roles, organisation_id, enabled)
            VALUES (:id, :m, :email, :name, :hash, :roles, :org, :enabled)
            """)
        .param("id", member.id())
        .param("m", member.municipalityId().value())
        .param("email", member.email())
        .param("name", member.displayName())
        .param("hash", passwordHash)
        .param("roles", member.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
        .param("org", member.organisationId())
        .param("enabled", member.enabled())
        .update();
  }

  void updateRoles(MunicipalityId municipality, UUID id, Set<Role> roles, boolean enabled) {
    jdbc.sql(
            "UPDATE staff_account SET roles = :roles, enabled = :enabled WHERE municipality_id = :m AND account_id = :id")
        .param("roles", roles.stream().map(Enum::name).sorted().toArray(String[]::new))
        .param("enabled", enabled)
        .param("m", municipality.value())
        .param("id", id)
        .update();
  }

  /**
   * Activates an invited account through the IdP, which proved the address: its open invitations
   * are closed.
   */
  void activateThroughIdp(MunicipalityId municipality, UUID id) {
    jdbc.sql(
            "UPDATE staff_account SET idp_activated_at = now()"
                + " WHERE municipality_id = :m AND account_id = :id AND idp_activated_at IS NULL")
        .param("m", municipality.value())
        .param("id", id)
        .update();
    jdbc.sql(
            "UPDATE staff_invitation SET accepted_at = now() WHERE municipality_id = :m"
                + " AND account_id = :id AND accepted_at IS NULL")
        .param("m", municipality.value())
        .param("id", id)
        .update();
  }

  void setPassword(MunicipalityId municipality, UUID id, String hash) {
    jdbc.sql(
            "UPDATE staff_account SET password_hash = :hash"
                + " WHERE municipality_id = :m AND account_id = :id")
        .param("hash", hash)
        .param("m", municipality.value())
        .param("id", id)
        .update();
  }

  /**
   * Marks that the holder was told about failed sign-ins, unless they were told after {@code
   * notBefore}.
   *
   * @return whether the holder is to be told now
   */
  boolean claimSignInWarning(
      MunicipalityId municipality, UUID id, OffsetDateTime now, OffsetDateTime notBefore) {
    return jdbc.sql(
                """
                UPDATE staff_account SET sign_in_warned_at = :now
                WHERE municipality_id = :m AND account_id = :id
                  AND (sign_in_warned_at IS NULL OR sign_in_warned_at < :notBefore)
                """)
            .param("now", now)
            .param("notBefore", notBefore)
            .param("m", municipality.value())
            .param("id", id)
            .update()
        == 1;
  }

  void recordSuccess(MunicipalityId municipality, UUID id) {
    jdbc.sql(
            "UPDATE staff_account SET last_login_at = now()"
                + " WHERE municipality_id = :m AND account_id = :id")
        .param("m", municipality.value())
        .param("id", id)
        .update();
  }

  void insertInvitation(
      MunicipalityId municipality,
      UUID accountId,
      String tokenHash,
      @Nullable UUID invitedBy,
      OffsetDateTime expires) {
    jdbc.sql(
            """
            INSERT INTO staff_invitation (invitation_id, municipality_id, account_id, token_hash, invited_by, expires_at)
            VALUES (:id, :m, :account, :hash, :by, :expires)
            """)
        .param("id", UUID.randomUUID())
        .param("m", municipality.value())
        .param("account", accountId)
        .param("hash", tokenHash)
        .param("by", invitedBy)
        .param("expires", expires)
        .update();
  }

  /** The account an open, unexpired invitation belongs to. */
  Optional<UUID> openInvitation(MunicipalityId municipality, String tokenHash) {
    return jdbc.sql(
            """
            SELECT account_id FROM staff_invitation WHERE municipality_id = :m AND token_hash = :hash
              AND accepted_at IS NULL AND expires_at > now()
            """)
        .param("m", municipality.value())
        .param("hash", tokenHash)
        .query(UUID.class)
        .optional();
  }

  boolean acceptInvitation(MunicipalityId municipality, String tokenHash) {
    return jdbc.sql(
                """
                UPDATE staff_invitation SET accepted_at = now() WHERE municipality_id = :m
                  AND token_hash = :hash AND accepted_at IS NULL AND expires_at > now()
                """)
            .param("m", municipality.value())
            .param("hash", tokenHash)
            .update()
        == 1;
  }
}
