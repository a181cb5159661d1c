package se.trygghetsdialog.field.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.Rumour;
import se.trygghetsdialog.field.RumourChannel;
import se.trygghetsdialog.field.RumourLog;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * What the rumour controllers share: who may keep the log, area names, reading the form and
 * building the form page.
 */
@Component
class RumourPages {

  private final Areas areas;
  private final MessageSource messages;

  RumourPages(Areas areas, MessageSource messages) {
    this.areas = areas;
    this.messages = messages;
  }

  static StaffPrincipal coordinator(MunicipalityId municipality) {
    return StaffAccounts.signedIn(
        s -> FieldPolicy.mayManageRumours(s) && FieldPolicy.sameMunicipality(s, municipality),
        "may not keep the rumour log");
  }

  Function<@Nullable UUID, String> areaNames(MunicipalityId municipality) {
    Map<UUID, String> names =
        areas.all(municipality).stream().collect(Collectors.toMap(Area::id, Area::name));
    return id -> id == null ? "" : names.getOrDefault(id, "");
  }

  FormErrors.Builder errorsBuilder(Ui ui) {
    return FormErrors.builder(messages, ui.locale());
  }

  RumourLog.@Nullable Input input(
      MunicipalityId municipality, RumourViews.RumourForm form, FormErrors.Builder errors) {
    String content = FormText.clean(form.content());
    if (content.isEmpty()) {
      errors.add("content", "field.rumour.error.content.required");
    }
    RumourChannel channel = FormText.enumValue(RumourChannel.class, form.channel());
    if (channel == null) {
      errors.add("channel", "field.rumour.error.channel");
    }
    OffsetDateTime seen = null;
    LocalDate date = FormText.date(form.seenDate());
    LocalTime time = null;
    try {
      time =
          FormText.clean(form.seenTime()).isEmpty()
              ? null
              : LocalTime.parse(form.seenTime().strip());
    } catch (java.time.DateTimeException e) {
      time = null;
    }
    if (date == null) {
      errors.add("seenDate", "field.rumour.error.seen");
    } else {
      seen =
          date.atTime(time == null ? LocalTime.NOON : time)
              .atZone(FieldPolicy.ZONE)
              .toOffsetDateTime();
    }
    UUID area = FormText.uuid(form.areaId());
    if (!FormText.clean(form.areaId()).isEmpty()
        && (area == null || areas.find(municipality, area).isEmpty())) {
      errors.add("areaId", "field.rumour.error.area");
    }
    if (errors.any() || channel == null || seen == null) {
      return null;
    }
    return new RumourLog.Input(
        content,
        channel,
        seen,
        area,
        FormText.clean(form.clarification()),
        FormText.clean(form.publicSummary()));
  }

  String render(
      MunicipalityId municipality,
      RumourViews.RumourForm form,
      FormErrors errors,
      @Nullable Rumour rumour,
      Model model,
      Ui ui) {
    return render(municipality, form, errors, rumour, null, model, ui);
  }

  String render(
      MunicipalityId municipality,
      RumourViews.RumourForm form,
      FormErrors errors,
      @Nullable Rumour rumour,
      RumourViews.@Nullable RumourRow current,
      Model model,
      Ui ui) {
    List<Option> channels =
        Arrays.stream(RumourChannel.values())
            .map(
                c ->
                    new Option(
                        c.name(), ui.e("field.rumour.channel", c), c.name().equals(form.channel())))
            .toList();
    List<Option> areaOptions =
        areas.all(municipality).stream()
            .map(
                a ->
                    new Option(
                        a.id().toString(), a.name(), a.id().toString().equals(form.areaId())))
            .toList();
    model.addAttribute(
        "page", new RumourViews.FormPage(form, errors, rumour, current, channels, areaOptions));
    return "field/rumour/form";
  }
}
