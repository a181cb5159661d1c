package se.trygghetsdialog.walk.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.place.Photo;
import se.trygghetsdialog.place.PhotoSanitizer;
import se.trygghetsdialog.place.PlaceRuleViolation;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.walk.Meeting;
import se.trygghetsdialog.walk.PointPriority;
import se.trygghetsdialog.walk.RecordWalkPoint;
import se.trygghetsdialog.walk.RouteStop;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.Walks;

/**
 * Form-to-input helpers of the staff walk controllers: meetings and stops of a plan form, the
 * follow-up plan form, and a protocol point form.
 */
@Component
class WalkForms {

  private final Walks walks;
  private final RecordWalkPoint recordPoint;
  private final Gazetteer gazetteer;
  private final MessageSource messages;

  WalkForms(Walks walks, RecordWalkPoint recordPoint, Gazetteer gazetteer, MessageSource messages) {
    this.walks = walks;
    this.recordPoint = recordPoint;
    this.gazetteer = gazetteer;
    this.messages = messages;
  }

  /** A plan form filled in from an earlier walk, for its follow-up walk. */
  WalkPlanForm followUp(Walk earlier, Ui ui) {
    List<String> invited =
        walks.invitees(earlier).stream().map(i -> i.organisationId().toString()).toList();
    StringBuilder stops = new StringBuilder();
    for (RouteStop stop : walks.stops(earlier)) {
      stops.append(stop.name());
      if (stop.location() != null) {
        stops.append(
            String.format(
                Locale.ROOT,
                "; %.6f, %.6f",
                stop.location().latitude(),
                stop.location().longitude()));
      }
      stops.append('\n');
    }
    return new WalkPlanForm(
        ui.t("walk.plan.followUpTitle", earlier.title()),
        earlier.areaId() == null ? "" : earlier.areaId().toString(),
        earlier.description(),
        "",
        "18:00",
        earlier.introduction().place(),
        "",
        "18:00",
        earlier.walk().place(),
        "",
        "18:00",
        earlier.feedback().place(),
        invited,
        String.valueOf(earlier.maxWalkers()),
        stops.toString().strip(),
        earlier.dialogueId() == null ? "" : earlier.dialogueId().toString(),
        earlier.id().toString(),
        UUID.randomUUID().toString());
  }

  /** One meeting of a plan form; null (with errors added) when it cannot be read. */
  static @Nullable Meeting meeting(
      int n,
      @Nullable String date,
      @Nullable String time,
      @Nullable String place,
      FormErrors.Builder errors) {
    LocalDate day = FormText.date(date);
    if (day == null) {
      errors.add("meeting" + n + "Date", "walk.error.meeting.date");
      return null;
    }
    LocalTime at;
    try {
      at = LocalTime.parse(FormText.clean(time));
    } catch (DateTimeParseException e) {
      errors.add("meeting" + n + "Time", "walk.error.meeting.time");
      return null;
    }
    String where = FormText.clean(place);
    if (where.isEmpty()) {
      errors.add("meeting" + n + "Place", "walk.error.meeting.place");
    }
    return new Meeting(LocalDateTime.of(day, at), where);
  }

  /**
   * Stops, one a line: a name (looked up in the gazetteer) or {@code name; latitude, longitude}.
   */
  List<RouteStop> stops(
      MunicipalityId municipality, @Nullable String text, FormErrors.Builder errors) {
    List<RouteStop> stops = new ArrayList<>();
    for (String raw : FormText.clean(text).split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() > 200) {
        errors.add("stops", "walk.error.stops.format");
        continue;
      }
      int semicolon = line.indexOf(';');
      if (semicolon >= 0) {
        String name = line.substring(0, semicolon).strip();
        String[] parts = line.substring(semicolon + 1).split("[,;]");
        Double lat = parts.length == 2 ? FormText.decimal(parts[0]) : null;
        Double lon = parts.length == 2 ? FormText.decimal(parts[1]) : null;
        if (name.isEmpty() || lat == null || lon == null) {
          errors.add("stops", "walk.error.stops.format");
          continue;
        }
        stops.add(new RouteStop(name, new Coordinates(lat, lon)));
      } else {
        Coordinates location =
            gazetteer.search(municipality, line).stream()
                .filter(e -> e.name().equalsIgnoreCase(line))
                .findFirst()
                .map(GazetteerEntry::location)
                .orElse(null);
        stops.add(new RouteStop(line, location));
      }
    }
    return stops;
  }

  private String kindsLabel(java.util.Set<PersonalDataKind> kinds) {
    Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    return kinds.stream()
        .sorted()
        .map(k -> messages.getMessage("moderation.kind." + k.name(), null, k.name(), locale))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** Whether the point form should offer to record texts that screening flagged anyway. */
  boolean offerConfirm(WalkPointForm form) {
    return !form.confirmsScreened()
        && !recordPoint
            .personalData(
                FormText.clean(form.placeName()),
                FormText.clean(form.observation()),
                FormText.clean(form.proposedAction()))
            .isEmpty();
  }

  /** What a point form posted, checked; null (with errors added) when it cannot be recorded. */
  RecordWalkPoint.@Nullable Input point(
      WalkPointForm form, @Nullable MultipartFile upload, FormErrors.Builder errors)
      throws IOException {
    UUID clientId = FormText.uuid(form.clientId());
    if (clientId == null) {
      errors.add("", "walk.error.clientId");
    }
    Double lat = FormText.decimal(form.latitude());
    Double lon = FormText.decimal(form.longitude());
    if (FormText.clean(form.latitude()).isEmpty() || FormText.clean(form.longitude()).isEmpty()) {
      errors.add("latitude", "walk.error.location.required");
    } else if (lat == null || lon == null) {
      errors.add("latitude", "walk.error.location.invalid");
    }
    UUID categoryId = FormText.uuid(form.categoryId());
    if (categoryId == null) {
      errors.add("categoryId", "walk.error.category.required");
    }
    String safety = FormText.clean(form.safety());
    if (!safety.equals("safe") && !safety.equals("unsafe")) {
      errors.add("safety", "walk.error.safety.required");
    }
    UUID ownerId = FormText.uuid(form.ownerId());
    if (ownerId == null) {
      errors.add("ownerId", "walk.error.owner.required");
    }
    PointPriority priority = FormText.enumValue(PointPriority.class, form.priority());
    if (priority == null) {
      errors.add("priority", "walk.error.priority.required");
    }
    LocalDate deadline = FormText.date(form.deadline());
    if (deadline == null) {
      errors.add("deadline", "walk.error.deadline.required");
    }
    Photo photo = null;
    if (upload != null && !upload.isEmpty()) {
      try {
        photo = PhotoSanitizer.sanitize(upload.getBytes(), upload.getContentType());
      } catch (PlaceRuleViolation violation) {
        errors.add("photo", violation.messageKey());
      }
    }
    if (!form.confirmsScreened()) {
      recordPoint
          .personalData(
              FormText.clean(form.placeName()),
              FormText.clean(form.observation()),
              FormText.clean(form.proposedAction()))
          .forEach(
              (field, kinds) ->
                  errors.add(field, "walk.error.text.personalData", kindsLabel(kinds)));
    }
    if (errors.any()) {
      return null;
    }
    return new RecordWalkPoint.Input(
        clientId,
        new Coordinates(lat, lon),
        FormText.clean(form.placeName()),
        categoryId,
        safety.equals("safe"),
        FormText.clean(form.observation()),
        FormText.clean(form.proposedAction()),
        ownerId,
        priority,
        deadline,
        photo);
  }
}
