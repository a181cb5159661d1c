package se.trygghetsdialog.place;

import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.BindParam;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.moderation.ContentSubmitted;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.moderation.ScreeningResult;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.SecretTokens;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.shared.validation.EmailAddress;

/**
 * A resident reports a place, without logging in. The description is screened for personal data;
 * the report, its photo, its moderation queue item and the receipt mail are stored together or not
 * at all. The private link's token is returned once and only its hash is kept.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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

  /**
   * What a resident sends with the report form, bound and validated by Spring MVC. The description
   * was screened once when it was bound; the report and its moderation item keep that screening.
   *
   * @param route null or empty for one place
   * @param emailConsent the resident agrees that the address is kept for feedback
   * @param sendAnyway the resident sends a description that screening flagged, to be reviewed
   * @param allowDuplicate the resident was shown a similar recent report and reports all the same
   * @param campaign the id of the campaign that invited the resident, if any (ignored when not
   *     open)
   */
  @NoPersonalData(
      text = "description",
      unlessConfirmedBy = "sendAnyway",
      message = "{place.error.description.personalData}")
  public record Command(
      @NotNull(message = "{place.error.location.required}") Double latitude,
      @NotNull(message = "{place.error.location.required}") Double longitude,
      @Nullable Route route,
      @NotNull(message = "{place.error.category.required}") UUID categoryId,
      @NotNull(message = "{place.error.timeOfDay.required}") TimeOfDay timeOfDay,
      @Nullable DayOfWeek weekday,
      @NotNull(message = "{place.error.description.required}") ScreenedText description,
      @Nullable Photo photo,
      @Nullable AgeBand ageBand,
      @Nullable Gender gender,
      @Nullable @EmailAddress(message = "{place.error.email.invalid}") String email,
      @Nullable Boolean emailConsent,
      @Nullable Boolean sendAnyway,
      @Nullable Boolean allowDuplicate,
      @BindParam("kampanj") @Nullable String campaign) {

    /** The campaign's id; a mangled link is no campaign (the form says the campaign is closed). */
    @Nullable UUID campaignId() {
      try {
        return campaign == null || campaign.isBlank() ? null : UUID.fromString(campaign.strip());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    boolean consentGiven() {
      return Boolean.TRUE.equals(emailConsent);
    }

    boolean sentAnyway() {
      return Boolean.TRUE.equals(sendAnyway);
    }

    boolean duplicateAllowed() {
      return Boolean.TRUE.equals(allowDuplicate);
    }

    Coordinates location() {
      return new Coordinates(latitude, longitude);
    }

    @Nullable String emailGiven() {
      return email == null || email.isBlank() ? null : email.strip();
    }
  }

  /** What became of a report form. */
  public sealed interface Outcome {}

  /** The report is stored and queued for moderation. */
  public record Reported(Receipt receipt) implements Outcome {}

  /**
   * Nothing is stored: a report of the same category lies close by and is recent, and the resident
   * may agree with it instead (or send the form again with {@code allowDuplicate}).
   */
  public record PossibleDuplicate(PlaceReport existing, PlaceCategory category)
      implements Outcome {}

  /** What the resident gets back: the receipt's address and the private link's token. */
  public record Receipt(PlaceReportId id, UUID receiptToken, String privateToken) {}

  private final SecureRandom random = new SecureRandom();
  private final PlaceReportRepository reports;
  private final PlaceCategories categories;
  private final PlaceSettings settings;
  private final PlaceReports placeReports;
  private final PlaceCampaigns campaigns;
  private final PersonalDataScreener screener;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final MailLinks mailLinks;

  /**
   * A resident's report form: the rules that need the database (the category, the municipality's
   * map, a recent report close by) are checked here, the rest when the command was bound.
   *
   * @throws PlaceRuleViolation naming the field of the first rule the command breaks
   */
  @Transactional
  public Outcome report(MunicipalityId municipality, Command command, Locale locale) {
    if (command.emailGiven() != null && !command.consentGiven()) {
      throw new PlaceRuleViolation("emailConsent", "place.error.email.consent");
    }
    Input input =
        new Input(
            command.categoryId(),
            command.location(),
            command.route() == null ? List.of() : command.route().points(),
            command.timeOfDay(),
            command.weekday(),
            command.description().text(),
            command.photo(),
            command.ageBand(),
            command.gender(),
            command.emailGiven(),
            locale);
    PlaceCategory category = check(municipality, input);
    if (!command.duplicateAllowed()) {
      Optional<PlaceReport> duplicate =
          placeReports.duplicateOf(
              municipality, category.id(), input.location(), OffsetDateTime.now());
      if (duplicate.isPresent()) {
        return new PossibleDuplicate(duplicate.get(), category);
      }
    }
    Receipt receipt = store(municipality, input, category, command.description().screening());
    if (command.campaignId() != null) {
      campaigns.attach(municipality, receipt.id(), command.campaignId());
    }
    return new Reported(receipt);
  }

  /**
   * A report made by the application itself (demo data) or a test: the description is screened
   * here, once.
   *
   * @throws PlaceRuleViolation naming the field of the first rule the input breaks
   */
  @Transactional
  public Receipt report(MunicipalityId municipality, Input input) {
    PlaceCategory category = check(municipality, input);
    return store(municipality, input, category, screener.screen(input.description().strip()));
  }

  private PlaceCategory check(MunicipalityId municipality, Input input) {
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
    PlacePolicy.checkDescription(input.description().strip());
    return category;
  }

  private Receipt store(
      MunicipalityId municipality, Input input, PlaceCategory category, ScreeningResult screening) {
    String description = screening.text();

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
        SecretTokens.hash(privateToken));
    if (input.photo() != null) {
      reports.insertPhoto(municipality, id, input.photo());
    }
    events.publishEvent(
        new ContentSubmitted(municipality, PlaceReport.CONTENT_TYPE, id.value(), screening));
    events.publishEvent(
        new PlaceReportSubmitted(
            municipality, id.value(), category.name(Locale.forLanguageTag("sv")), null, now));
    if (input.email() != null) {
      String link = mailLinks.to(municipality, "/rapport/" + privateToken);
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
