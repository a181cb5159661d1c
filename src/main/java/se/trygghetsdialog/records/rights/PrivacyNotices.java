package se.trygghetsdialog.records.rights;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The municipality's privacy notice (personuppgiftspolicy): versioned, each publication a new
 * version, audited. Until one is published the public page shows the product's suggestion.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PrivacyNotices {

  public static final int MAX_LENGTH = 20_000;

  /** The edit form. */
  public record Command(
      @Nullable
          @NotBlank(message = "{rights.privacy.error.required}")
          @Size(max = MAX_LENGTH, message = "{rights.privacy.error.length}")
          String body) {}

  /** One published version. */
  public record Notice(int version, String body, OffsetDateTime publishedAt) {}

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  @Transactional(readOnly = true)
  public Optional<Notice> current(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT version, body, published_at FROM privacy_notice
            WHERE municipality_id = :m ORDER BY version DESC LIMIT 1
            """)
        .param("m", municipality.value())
        .query(
            (rs, row) ->
                new Notice(
                    rs.getInt("version"),
                    rs.getString("body"),
                    rs.getObject("published_at", OffsetDateTime.class)))
        .optional();
  }

  /**
   * Publishes the text as the next version.
   *
   * @return the new version's number
   */
  @Transactional
  public int publish(MunicipalityId municipality, Command command, StaffPrincipal actor) {
    String body = command.body() == null ? "" : command.body().strip();
    if (body.isEmpty()) {
      throw new RightsRuleViolation("body", "rights.privacy.error.required");
    }
    if (body.length() > MAX_LENGTH) {
      throw new RightsRuleViolation("body", "rights.privacy.error.length");
    }
    int version = current(municipality).map(Notice::version).orElse(0) + 1;
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.sql(
            """
            INSERT INTO privacy_notice (municipality_id, version, body, published_at,
              actor_account_id) VALUES (:m, :v, :body, :now, :actor)
            """)
        .param("m", municipality.value())
        .param("v", version)
        .param("body", body)
        .param("now", now)
        .param("actor", actor.accountId())
        .update();
    events.publishEvent(new PrivacyNoticePublished(municipality, version, now, actor.accountId()));
    return version;
  }
}
