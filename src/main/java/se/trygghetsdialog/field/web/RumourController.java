package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.FieldRuleViolation;
import se.trygghetsdialog.field.Rumour;
import se.trygghetsdialog.field.RumourChannel;
import se.trygghetsdialog.field.RumourLog;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * The rumour log (R38) for the trygghetssamordnare, and the public page of published
 * clarifications, {@code /trygghet/fortydliganden}, which never shows what a rumour said unless the
 * coordinator wrote a short public summary.
 */
@Controller
class RumourController {

  static final int PAGE_SIZE = 20;

  private final RumourLog log;
  private final Areas areas;
  private final MessageSource messages;

  RumourController(RumourLog log, Areas areas, MessageSource messages) {
    this.log = log;
    this.areas = areas;
    this.messages = messages;
  }

  private static StaffPrincipal coordinator(MunicipalityId municipality) {
    return StaffAccounts.signedIn(
        s -> FieldPolicy.mayManageRumours(s) && FieldPolicy.sameMunicipality(s, municipality),
        "may not keep the rumour log");
  }

  private Function<@Nullable UUID, String> areaNames(MunicipalityId municipality) {
    Map<UUID, String> names =
        areas.all(municipality).stream().collect(Collectors.toMap(Area::id, Area::name));
    return id -> id == null ? "" : names.getOrDefault(id, "");
  }

  // ---- staff ---------------------------------------------------------------------------------

  @GetMapping("/personal/rykten")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    coordinator(municipality);
    Paging paging = new Paging(Paging.requested(page), PAGE_SIZE, log.count(municipality));
    var names = areaNames(municipality);
    model.addAttribute(
        "page",
        new RumourViews.ListPage(
            log.page(municipality, paging.size(), paging.offset()).stream()
                .map(r -> new RumourViews.RumourRow(r, names.apply(r.areaId())))
                .toList(),
            paging.page(),
            paging.totalPages()));
    return "field/rumour/list";
  }

  @GetMapping("/personal/rykten/ny")
  String newForm(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    coordinator(municipality);
    return render(municipality, RumourViews.RumourForm.blank(), FormErrors.none(), null, model, ui);
  }

  @PostMapping("/personal/rykten/ny")
  String create(
      MunicipalityId municipality,
      @ModelAttribute("form") RumourViews.RumourForm form,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    StaffPrincipal staff = coordinator(municipality);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    RumourLog.Input input = input(municipality, form, errors);
    if (input != null) {
      UUID token = FormText.uuid(form.token());
      try {
        UUID id =
            log.record(
                municipality, staff.accountId(), token == null ? UUID.randomUUID() : token, input);
        redirect.addFlashAttribute("notice", "field.rumour.notice.recorded");
        return "redirect:/personal/rykten/" + id;
      } catch (FieldRuleViolation violation) {
        errors.add(violation);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(municipality, form, errors.build(), null, model, ui);
  }

  @GetMapping("/personal/rykten/{id}")
  String edit(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    coordinator(municipality);
    Rumour rumour = log.find(municipality, id).orElseThrow(() -> new NotFoundException("rumour"));
    return render(
        municipality, RumourViews.RumourForm.of(rumour), FormErrors.none(), rumour, model, ui);
  }

  @PostMapping("/personal/rykten/{id}")
  String save(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @ModelAttribute("form") RumourViews.RumourForm form,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    StaffPrincipal staff = coordinator(municipality);
    Rumour rumour = log.find(municipality, id).orElseThrow(() -> new NotFoundException("rumour"));
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    RumourLog.Input input = input(municipality, form, errors);
    if (input != null) {
      try {
        log.edit(municipality, staff.accountId(), id, version(form, rumour), input);
        redirect.addFlashAttribute("notice", "field.rumour.notice.saved");
        return "redirect:/personal/rykten/" + id;
      } catch (RumourLog.ChangedMeanwhile changed) {
        return conflict(municipality, form, changed.current(), response, model, ui);
      } catch (FieldRuleViolation violation) {
        errors.add(violation);
      }
    } else if (version(form, rumour) != rumour.version()) {
      // Stale and wrong: say first that someone else saved meanwhile.
      return conflict(municipality, form, rumour, response, model, ui);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(municipality, form, errors.build(), rumour, model, ui);
  }

  @PostMapping("/personal/rykten/{id}/publicera")
  String publish(
      MunicipalityId municipality,
      @PathVariable UUID id,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    StaffPrincipal staff = coordinator(municipality);
    Rumour rumour = log.find(municipality, id).orElseThrow(() -> new NotFoundException("rumour"));
    try {
      log.publish(municipality, staff.accountId(), id);
    } catch (FieldRuleViolation violation) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return render(
          municipality,
          RumourViews.RumourForm.of(rumour),
          FormErrors.builder(messages, ui.locale()).add(violation).build(),
          rumour,
          model,
          ui);
    }
    redirect.addFlashAttribute("notice", "field.rumour.notice.published");
    return "redirect:/personal/rykten/" + id;
  }

  @PostMapping("/personal/rykten/{id}/avpublicera")
  String unpublish(
      MunicipalityId municipality, @PathVariable UUID id, RedirectAttributes redirect) {
    StaffPrincipal staff = coordinator(municipality);
    log.find(municipality, id).orElseThrow(() -> new NotFoundException("rumour"));
    log.unpublish(municipality, staff.accountId(), id);
    redirect.addFlashAttribute("notice", "field.rumour.notice.unpublished");
    return "redirect:/personal/rykten/" + id;
  }

  /** The version the form was opened at; a form without one counts as opened just now. */
  private static int version(RumourViews.RumourForm form, Rumour rumour) {
    try {
      return Integer.parseInt(form.version().strip());
    } catch (NumberFormatException e) {
      return rumour.version();
    }
  }

  /** 409: what was typed stays in the form, the rumour as it is now is shown beside it. */
  private String conflict(
      MunicipalityId municipality,
      RumourViews.RumourForm form,
      Rumour current,
      HttpServletResponse response,
      Model model,
      Ui ui) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    FormErrors errors =
        FormErrors.builder(messages, ui.locale())
            .add("rumour-current", "field.rumour.error.stale")
            .build();
    return render(
        municipality,
        form.over(current),
        errors,
        current,
        new RumourViews.RumourRow(current, areaNames(municipality).apply(current.areaId())),
        model,
        ui);
  }

  private RumourLog.@Nullable Input input(
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

  private String render(
      MunicipalityId municipality,
      RumourViews.RumourForm form,
      FormErrors errors,
      @Nullable Rumour rumour,
      Model model,
      Ui ui) {
    return render(municipality, form, errors, rumour, null, model, ui);
  }

  private String render(
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

  // ---- public --------------------------------------------------------------------------------

  @GetMapping("/trygghet/fortydliganden")
  String clarifications(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    Paging paging = new Paging(Paging.requested(page), PAGE_SIZE, log.countPublished(municipality));
    var names = areaNames(municipality);
    model.addAttribute(
        "page",
        new RumourViews.ListPage(
            log.published(municipality, paging.size(), paging.offset()).stream()
                .map(r -> new RumourViews.RumourRow(r, names.apply(r.areaId())))
                .toList(),
            paging.page(),
            paging.totalPages()));
    return "field/rumour/clarifications";
  }
}
