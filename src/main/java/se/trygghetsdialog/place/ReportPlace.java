package se.trygghetsdialog.place;

import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.moderation.ContentSubmitted;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreeningResult;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.mail.MailOutbox;

/**
 * A resident reports a place, without logging in. The description is screened for personal data;
 * the report, its photo, its moderation queue item and the receipt mail are stored together or not
 * at all. The private link's token is returned once and only its hash is kept.
 */
@Service
public class ReportPlace {

  /**
   * @param email for the receipt and later feedback; only with consent, never public
   */
  public record Input(
      UUID categoryId,
      Coordinates location,
      List<Coordinates> route,
      TimeOfDay timeOfDay,
      @Nullable DayOfWeek weekday,
      String description,
      @Nullable Photo photo,
      @Nullable AgeBand ageBand,
      @Nullable Gender gender,
      @Nullable String email,
      Locale locale) {}

  /** What the resident gets back: the receipt's address and the private link's token. */
  public record Receipt(PlaceReportId id, UUID receiptToken, String privateToken) {}

  private final SecureRandom random = new SecureRandom();
  private final PlaceReportRepository reports;
  private final PlaceCategories categories;
  private final PlaceSettings settings;
  private final PersonalDataScreener screener;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final String baseUrl;

  ReportPlace(
      PlaceReportRepository reports,
      PlaceCategories categories,
      PlaceSettings settings,
      PersonalDataScreener screener,
      MailOutbox mail,
      MessageSource messages,
      ApplicationEventPublisher events,
      @Value("${app.base-url}") String baseUrl) {
    this.reports = reports;
    this.categories = categories;
    this.settings = settings;
    this.screener = screener;
    this.mail = mail;
    this.messages = messages;
    this.events = events;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * Whether screening finds possible personal data in a description, so that the form can ask the
   * resident to rewrite it or send it anyway; a description sent anyway is stored flagged.
   */
  public boolean seemsToHoldPersonalData(String description) {
    return screener.screen(description.strip()).flagged();
  }

  /**
   * @throws PlaceRuleViolation naming the field of the first rule the input breaks
   */
  @Transactional
  public Receipt report(MunicipalityId municipality, Input input) {
    PlaceCategory category =
        categories
            .reportable(municipality, input.categoryId())
            .orElseThrow(
                () -> new PlaceRuleViolation("categoryId", "place.error.category.unknown"));
    MapSettings map = settings.of(municipality);
    PlacePolicy.checkWithin(map, "latitude", input.location());
    if (input.route().size() > PlacePolicy.MAX_ROUTE_POINTS) {
      throw new PlaceRuleViolation("route", "place.error.route.invalid");
    }
    for (Coordinates point : input.route()) {
      PlacePolicy.checkWithin(map, "route", point);
    }
    String description = input.description().strip();
    PlacePolicy.checkDescription(description);
    ScreeningResult screening = screener.screen(description);

    PlaceReportId id = new PlaceReportId(UUID.randomUUID());
    UUID receiptToken = UUID.randomUUID();
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String privateToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    OffsetDateTime now = OffsetDateTime.now();
    PlaceReport report =
        new PlaceReport(
            id,
            municipality,
            category.id(),
            input.location(),
            List.copyOf(input.route()),
            input.timeOfDay(),
            input.weekday(),
            description,
            null,
            screening.flagged(),
            PlaceReportStatus.PENDING,
            "",
            input.ageBand(),
            input.gender(),
            input.email() != null,
            0,
            input.photo() != null,
            now,
            null);
    reports.insert(
        report,
        input.email(),
        "en".equals(input.locale().getLanguage()) ? "en" : "sv",
        receiptToken,
        PlaceReports.hash(privateToken));
    if (input.photo() != null) {
      reports.insertPhoto(municipality, id, input.photo());
    }
    events.publishEvent(
        new ContentSubmitted(
            municipality, PlaceReport.CONTENT_TYPE, id.value(), description, screening.flagged()));
    if (input.email() != null) {
      String link = baseUrl + "/rapport/" + privateToken;
      mail.queue(
          municipality,
          input.email(),
          messages.getMessage("place.mail.receipt.subject", null, input.locale()),
          messages.getMessage(
              "place.mail.receipt.body",
              new Object[] {category.name(input.locale()), link},
              input.locale()));
    }
    return new Receipt(id, receiptToken, privateToken);
  }
}
