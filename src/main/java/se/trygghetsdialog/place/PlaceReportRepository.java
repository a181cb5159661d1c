package se.trygghetsdialog.place;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for place reports and their photos. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceReportRepository {

  private static final String COLUMNS =
      """
      r.report_id, r.municipality_id, r.category_id, r.latitude, r.longitude, r.route, r.time_of_day,
      r.weekday, r.description, r.public_text, r.flagged, r.status, r.decision_reason, r.age_band,
      r.gender, r.email IS NOT NULL AS has_email, r.agreements, r.reported_at, r.decided_at,
      EXISTS (SELECT 1 FROM place_photo p WHERE p.report_id = r.report_id) AS has_photo
      """;

  private static final MunicipalityRows<PlaceReport> REPORTS =
      new MunicipalityRows<>(
          COLUMNS,
          "FROM place_report r WHERE r.municipality_id = :m",
          PlaceReportRepository::report);

  private final JdbcClient jdbc;

  static String route(List<Coordinates> route) {
    return route.stream()
        .map(c -> String.format(Locale.ROOT, "%.6f,%.6f", c.latitude(), c.longitude()))
        .collect(Collectors.joining(";"));
  }

  static List<Coordinates> route(String stored) {
    List<Coordinates> points = new ArrayList<>();
    for (String pair : stored.split(";")) {
      String[] parts = pair.split(",");
      if (parts.length == 2) {
        points.add(new Coordinates(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
      }
    }
    return points;
  }

  private static <E extends Enum<E>> @Nullable E optional(Class<E> type, @Nullable String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  private static PlaceReport report(ResultSet rs, int row) throws SQLException {
    return new PlaceReport(
        new PlaceReportId(rs.getObject("report_id", UUID.class)),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getObject("category_id", UUID.class),
        new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")),
        route(rs.getString("route")),
        TimeOfDay.valueOf(rs.getString("time_of_day")),
        optional(DayOfWeek.class, rs.getString("weekday")),
        rs.getString("description"),
        rs.getString("public_text"),
        rs.getBoolean("flagged"),
        PlaceReportStatus.valueOf(rs.getString("status")),
        rs.getString("decision_reason"),
        optional(AgeBand.class, rs.getString("age_band")),
        optional(Gender.class, rs.getString("gender")),
        rs.getBoolean("has_email"),
        rs.getInt("agreements"),
        rs.getBoolean("has_photo"),
        rs.getObject("reported_at", OffsetDateTime.class),
        rs.getObject("decided_at", OffsetDateTime.class));
  }

  void insert(
      PlaceReport r,
      @Nullable String email,
      String emailLocale,
      UUID receiptToken,
      String privateTokenHash) {
    jdbc.sql(
            """
            INSERT INTO place_report (report_id, municipality_id, category_id, latitude, longitude,
              route, time_of_day, weekday, description, flagged, status, age_band, gender, email,
              email_locale, receipt_token, private_token_hash, reported_at)
            VALUES (:id, :m, :category, :lat, :lon, :route, :time, :weekday, :description, :flagged,
              :status, :age, :gender, :email, :emailLocale, :receipt, :hash, :at)
            """)
        .param("id", r.id().value())
        .param("m", r.municipalityId().value())
        .param("category", r.categoryId())
        .param("lat", r.location().latitude())
        .param("lon", r.location().longitude())
        .param("route", route(r.route()))
        .param("time", r.timeOfDay().name())
        .param("weekday", r.weekday() == null ? null : r.weekday().name())
        .param("description", r.description())
        .param("flagged", r.flagged())
        .param("status", r.status().name())
        .param("age", r.ageBand() == null ? null : r.ageBand().name())
        .param("gender", r.gender() == null ? null : r.gender().name())
        .param("email", email)
        .param("emailLocale", emailLocale)
        .param("receipt", receiptToken)
        .param("hash", privateTokenHash)
        .param("at", r.reportedAt())
        .update();
  }

  void insertPhoto(MunicipalityId municipality, PlaceReportId id, Photo photo) {
    ReportStatements.about(
            jdbc,
            """
            INSERT INTO place_photo (report_id, municipality_id, content_type, bytes)
            VALUES (:id, :m, :type, :bytes)
            """,
            municipality,
            id)
        .param("type", photo.contentType())
        .param("bytes", photo.bytes())
        .update();
  }

  Optional<Photo> photo(MunicipalityId municipality, PlaceReportId id) {
    return ReportStatements.about(
            jdbc,
            "SELECT content_type, bytes FROM place_photo WHERE municipality_id = :m AND report_id = :id",
            municipality,
            id)
        .query(Photo.class)
        .optional();
  }

  Optional<PlaceReport> find(MunicipalityId municipality, PlaceReportId id) {
    return REPORTS.optional(jdbc, municipality, "AND r.report_id = :id", Map.of("id", id.value()));
  }

  Optional<PlaceReport> byPrivateTokenHash(MunicipalityId municipality, String hash) {
    return REPORTS.optional(jdbc, municipality, "AND r.private_token_hash = :h", Map.of("h", hash));
  }

  Optional<PlaceReport> byReceiptToken(MunicipalityId municipality, UUID token) {
    return REPORTS.optional(jdbc, municipality, "AND r.receipt_token = :t", Map.of("t", token));
  }

  /** Pending or published reports of a category reported since, within a box around a point. */
  List<PlaceReport> candidates(
      MunicipalityId municipality,
      UUID category,
      OffsetDateTime since,
      double minLat,
      double maxLat,
      double minLon,
      double maxLon) {
    return REPORTS.list(
        jdbc,
        municipality,
        """
        AND r.category_id = :category
          AND r.status IN ('PENDING', 'PUBLISHED') AND r.reported_at >= :since
          AND r.latitude BETWEEN :minLat AND :maxLat AND r.longitude BETWEEN :minLon AND :maxLon
        ORDER BY r.reported_at DESC
        """,
        Map.of(
            "category", category,
            "since", since,
            "minLat", minLat,
            "maxLat", maxLat,
            "minLon", minLon,
            "maxLon", maxLon));
  }

  List<PlaceReport> published(MunicipalityId municipality, int limit) {
    return REPORTS.list(
        jdbc,
        municipality,
        "AND r.status = 'PUBLISHED' ORDER BY r.reported_at DESC LIMIT :limit",
        Map.of("limit", limit));
  }

  int count(MunicipalityId municipality) {
    return REPORTS.count(jdbc, municipality);
  }

  boolean agree(MunicipalityId municipality, PlaceReportId id) {
    return ReportStatements.about(
                jdbc,
                """
                UPDATE place_report SET agreements = agreements + 1
                WHERE municipality_id = :m AND report_id = :id AND status IN ('PENDING', 'PUBLISHED')
                """,
                municipality,
                id)
            .update()
        == 1;
  }

  void decide(
      MunicipalityId municipality,
      PlaceReportId id,
      PlaceReportStatus status,
      @Nullable String publicText,
      String reason) {
    ReportStatements.about(
            jdbc,
            """
            UPDATE place_report SET status = :status, public_text = :public,
              decision_reason = :reason, decided_at = now()
            WHERE municipality_id = :m AND report_id = :id
            """,
            municipality,
            id)
        .param("status", status.name())
        .param("public", publicText)
        .param("reason", reason)
        .update();
  }

  /** The reporter's address and mail language, if they gave one with consent and kept it. */
  record Contact(String email, String locale) {}

  Optional<Contact> contact(MunicipalityId municipality, PlaceReportId id) {
    return ReportStatements.about(
            jdbc,
            """
            SELECT email, email_locale AS locale FROM place_report
            WHERE municipality_id = :m AND report_id = :id AND email IS NOT NULL
            """,
            municipality,
            id)
        .query(Contact.class)
        .optional();
  }

  /** Ends the reporter's mails about the report: the address is erased. */
  boolean eraseEmail(MunicipalityId municipality, PlaceReportId id) {
    return ReportStatements.about(
                jdbc,
                """
                UPDATE place_report SET email = NULL
                WHERE municipality_id = :m AND report_id = :id AND email IS NOT NULL
                """,
                municipality,
                id)
            .update()
        == 1;
  }

  void addLinkToken(MunicipalityId municipality, PlaceReportId id, String tokenHash) {
    ReportStatements.about(
            jdbc,
            """
            INSERT INTO place_report_link_token (token_hash, municipality_id, report_id)
            VALUES (:h, :m, :id)
            """,
            municipality,
            id)
        .param("h", tokenHash)
        .update();
  }

  /** The report a mail's link token stands for, unless the token was revoked. */
  Optional<PlaceReportId> byLinkTokenHash(MunicipalityId municipality, String tokenHash) {
    return jdbc.sql(
            """
            SELECT report_id FROM place_report_link_token
            WHERE municipality_id = :m AND token_hash = :h AND revoked_at IS NULL
            """)
        .param("m", municipality.value())
        .param("h", tokenHash)
        .query(UUID.class)
        .optional()
        .map(PlaceReportId::new);
  }

  /**
   * Counts of reports that were not rejected, reported from {@code from} up to {@code until},
   * grouped by category, time of day, local weekday, weekend and heat-grid cell: no text, no point,
   * no person.
   */
  List<PlaceReports.Tally> tally(
      MunicipalityId municipality,
      OffsetDateTime from,
      OffsetDateTime until,
      OffsetDateTime weekendFrom,
      HeatGrid grid) {
    return jdbc.sql(
            """
            SELECT category_id, time_of_day,
                   extract(isodow FROM reported_at AT TIME ZONE 'Europe/Stockholm')::int AS dow,
                   reported_at >= :weekend AS weekend,
                   floor((longitude - :lon0) * :mLon / :cell)::bigint AS col,
                   floor((latitude - :lat0) * :mLat / :cell)::bigint AS row,
                   count(*) AS n
            FROM place_report
            WHERE municipality_id = :m AND status <> 'REJECTED'
              AND reported_at >= :from AND reported_at < :until
            GROUP BY 1, 2, 3, 4, 5, 6
            """)
        .param("m", municipality.value())
        .param("from", from)
        .param("until", until)
        .param("weekend", weekendFrom)
        .params(grid.sqlParams())
        .query(
            (rs, n) ->
                new PlaceReports.Tally(
                    rs.getObject("category_id", UUID.class),
                    TimeOfDay.valueOf(rs.getString("time_of_day")),
                    rs.getInt("dow"),
                    rs.getBoolean("weekend"),
                    new HeatGrid.Cell(rs.getLong("col"), rs.getLong("row")),
                    rs.getInt("n")))
        .list();
  }
}
