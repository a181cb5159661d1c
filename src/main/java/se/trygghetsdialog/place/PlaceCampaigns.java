package se.trygghetsdialog.place;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Campaigns: time-limited invitations to report (topic, area, period), optionally linked to a
 * dialogue, whose approved reports are listed as perspectives of that dialogue.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlaceCampaigns {

  /**
   * A new campaign as the staff form sends it, bound and validated by Spring MVC.
   *
   * @param areaId and {@code dialogueId}: unknown ones are dropped by the controller's page helper
   */
  public record Create(
      @NotBlank(message = "{place.campaign.error.topic.required}") String topic,
      @Nullable UUID areaId,
      @NotNull(message = "{place.campaign.error.startsOn}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate startsOn,
      @NotNull(message = "{place.campaign.error.endsOn}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate endsOn,
      @Nullable UUID dialogueId) {}

  /** The municipalities' time zone, for whether a campaign is open today. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  public static final int MAX_TOPIC = 200;

  private final JdbcClient jdbc;

  private static Campaign campaign(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Campaign(
        rs.getObject("campaign_id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getString("topic"),
        rs.getObject("area_id", UUID.class),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        rs.getObject("dialogue_id", UUID.class));
  }

  /**
   * Checks a new campaign's topic and period.
   *
   * @throws PlaceRuleViolation if the topic is empty or too long, or the period ends before it
   *     starts
   */
  public static void check(String topic, LocalDate startsOn, LocalDate endsOn) {
    if (topic.isBlank()) {
      throw new PlaceRuleViolation("topic", "place.campaign.error.topic.required");
    }
    if (topic.length() > MAX_TOPIC) {
      throw new PlaceRuleViolation("topic", "place.campaign.error.topic.tooLong");
    }
    if (endsOn.isBefore(startsOn)) {
      throw new PlaceRuleViolation("endsOn", "place.campaign.error.period");
    }
  }

  /**
   * Creates a campaign.
   *
   * @throws PlaceRuleViolation if {@link #check} refuses it
   */
  @Transactional
  public Campaign create(
      MunicipalityId municipality,
      String topic,
      @Nullable UUID areaId,
      LocalDate startsOn,
      LocalDate endsOn,
      @Nullable UUID dialogueId) {
    String text = topic.strip();
    check(text, startsOn, endsOn);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO place_campaign
              (campaign_id, municipality_id, topic, area_id, starts_on, ends_on, dialogue_id)
            VALUES (:id, :m, :topic, :area, :starts, :ends, :dialogue)
            """)
        .param("id", id)
        .param("m", municipality.value())
        .param("topic", text)
        .param("area", areaId)
        .param("starts", startsOn)
        .param("ends", endsOn)
        .param("dialogue", dialogueId)
        .update();
    return new Campaign(id, municipality, text, areaId, startsOn, endsOn, dialogueId);
  }

  /**
   * Creates a campaign from the staff form.
   *
   * @throws PlaceRuleViolation if {@link #check} refuses it
   */
  @Transactional
  public Campaign create(MunicipalityId municipality, Create command) {
    return create(
        municipality,
        command.topic(),
        command.areaId(),
        command.startsOn(),
        command.endsOn(),
        command.dialogueId());
  }

  @Transactional(readOnly = true)
  public Optional<Campaign> find(MunicipalityId municipality, UUID id) {
    return jdbc.sql("SELECT * FROM place_campaign WHERE municipality_id = :m AND campaign_id = :id")
        .param("m", municipality.value())
        .param("id", id)
        .query(PlaceCampaigns::campaign)
        .optional();
  }

  /** The campaign if it exists and is open today. */
  @Transactional(readOnly = true)
  public Optional<Campaign> open(MunicipalityId municipality, UUID id) {
    LocalDate today = LocalDate.now(ZONE);
    return find(municipality, id).filter(c -> c.openOn(today));
  }

  @Transactional(readOnly = true)
  public List<Campaign> all(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT * FROM place_campaign WHERE municipality_id = :m
            ORDER BY starts_on DESC, created_at DESC
            """)
        .param("m", municipality.value())
        .query(PlaceCampaigns::campaign)
        .list();
  }

  /** Ties a new report to an open campaign; nothing if the campaign is closed or unknown. */
  @Transactional
  public boolean attach(MunicipalityId municipality, PlaceReportId report, UUID campaignId) {
    if (open(municipality, campaignId).isEmpty()) {
      return false;
    }
    return jdbc.sql(
                """
                UPDATE place_report SET campaign_id = :c
                WHERE municipality_id = :m AND report_id = :id AND campaign_id IS NULL
                """)
            .param("c", campaignId)
            .param("m", municipality.value())
            .param("id", report.value())
            .update()
        == 1;
  }

  /** The campaigns linked to a dialogue. */
  @Transactional(readOnly = true)
  public List<Campaign> ofDialogue(MunicipalityId municipality, UUID dialogueId) {
    return jdbc.sql(
            """
            SELECT * FROM place_campaign WHERE municipality_id = :m AND dialogue_id = :d
            ORDER BY starts_on
            """)
        .param("m", municipality.value())
        .param("d", dialogueId)
        .query(PlaceCampaigns::campaign)
        .list();
  }

  /** How many approved (published) reports the campaigns linked to a dialogue have. */
  @Transactional(readOnly = true)
  public int countPublishedForDialogue(MunicipalityId municipality, UUID dialogueId) {
    Integer count =
        jdbc.sql(
                """
                SELECT count(*)
                FROM place_report r JOIN place_campaign c ON c.campaign_id = r.campaign_id
                WHERE r.municipality_id = :m AND c.dialogue_id = :d AND r.status = 'PUBLISHED'
                  AND r.public_text IS NOT NULL
                """)
            .param("m", municipality.value())
            .param("d", dialogueId)
            .query(Integer.class)
            .single();
    return count == null ? 0 : count;
  }

  /**
   * How many reports of one category at one time of day the campaigns linked to a dialogue have.
   *
   * @param timeOfDay DAY, EVENING or NIGHT
   */
  public record Pattern(UUID categoryId, String timeOfDay, long count) {}

  /**
   * The reports (all but rejected ones) of the campaigns linked to a dialogue counted per category
   * and time of day in the database: counts only, never a text, position or reporter.
   */
  @Transactional(readOnly = true)
  public List<Pattern> patternsForDialogue(MunicipalityId municipality, UUID dialogueId) {
    return jdbc.sql(
            """
            SELECT r.category_id, r.time_of_day, count(*) AS n
            FROM place_report r JOIN place_campaign c ON c.campaign_id = r.campaign_id
            WHERE r.municipality_id = :m AND c.municipality_id = :m AND c.dialogue_id = :d
              AND r.status <> 'REJECTED'
            GROUP BY r.category_id, r.time_of_day
            ORDER BY n DESC, r.category_id, r.time_of_day
            """)
        .param("m", municipality.value())
        .param("d", dialogueId)
        .query(
            (rs, n) ->
                new Pattern(
                    rs.getObject("category_id", UUID.class),
                    rs.getString("time_of_day"),
                    rs.getLong("n")))
        .list();
  }

  /** The approved (published) reports of the campaigns linked to a dialogue, newest first. */
  @Transactional(readOnly = true)
  public List<CampaignReport> publishedForDialogue(
      MunicipalityId municipality, UUID dialogueId, int limit) {
    return jdbc.sql(
            """
            SELECT r.report_id, r.campaign_id, r.category_id, r.public_text, r.reported_at
            FROM place_report r JOIN place_campaign c ON c.campaign_id = r.campaign_id
            WHERE r.municipality_id = :m AND c.dialogue_id = :d AND r.status = 'PUBLISHED'
              AND r.public_text IS NOT NULL
            ORDER BY r.reported_at DESC, r.report_id LIMIT :limit
            """)
        .param("m", municipality.value())
        .param("d", dialogueId)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new CampaignReport(
                    new PlaceReportId(rs.getObject("report_id", UUID.class)),
                    rs.getObject("campaign_id", UUID.class),
                    rs.getObject("category_id", UUID.class),
                    rs.getString("public_text"),
                    rs.getObject("reported_at", OffsetDateTime.class)))
        .list();
  }
}
