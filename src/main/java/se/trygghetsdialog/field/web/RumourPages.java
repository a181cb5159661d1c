package se.trygghetsdialog.field.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.Rumour;
import se.trygghetsdialog.field.RumourChannel;
import se.trygghetsdialog.field.RumourLog;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * What the rumour controllers share: who may keep the log, area names, finding a rumour and
 * building the pages.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RumourPages {

  private final Areas areas;
  private final RumourLog log;

  /** Where a refusal of the whole edit form is shown: beside the rumour as it is now. */
  static final String CURRENT = "rumour-current";

  static StaffPrincipal coordinator(MunicipalityId municipality) {
    return EstForms.member(
        municipality, FieldPolicy::mayManageRumours, "may not keep the rumour log");
  }

  Function<@Nullable UUID, String> areaNames(MunicipalityId municipality) {
    Map<UUID, String> names =
        areas.all(municipality).stream().collect(Collectors.toMap(Area::id, Area::name));
    return id -> id == null ? "" : names.getOrDefault(id, "");
  }

  Rumour find(MunicipalityId municipality, UUID id) {
    return log.find(municipality, id).orElseThrow(() -> new NotFoundException("rumour"));
  }

  /** A page of the log, or of the published clarifications. */
  RumourViews.ListPage list(MunicipalityId municipality, String page, boolean published) {
    Paging paging =
        new Paging(
            Paging.requested(page),
            RumourLogController.PAGE_SIZE,
            published ? log.countPublished(municipality) : log.count(municipality));
    var names = areaNames(municipality);
    return new RumourViews.ListPage(
        (published
                ? log.published(municipality, paging.size(), paging.offset())
                : log.page(municipality, paging.size(), paging.offset()))
            .stream().map(r -> new RumourViews.RumourRow(r, names.apply(r.areaId()))).toList(),
        paging.page(),
        paging.totalPages());
  }

  /** The version the form was opened at; a form without one counts as opened just now. */
  static int version(RumourViews.RumourForm form, Rumour rumour) {
    try {
      return Integer.parseInt(form.version().strip());
    } catch (NumberFormatException e) {
      return rumour.version();
    }
  }

  /**
   * The edit form shown again. When someone else saved meanwhile (the refusal is on {@code
   * rumour-current}), what was typed stays in the form, now at the current version, and the rumour
   * as it is now is shown beside it.
   */
  String edited(
      MunicipalityId municipality,
      RumourViews.RumourForm form,
      FormErrors errors,
      Rumour shown,
      WebPage page) {
    if (!errors.has(CURRENT)) {
      return render(municipality, form, errors, shown, page);
    }
    Rumour current = find(municipality, shown.id());
    return render(
        municipality,
        form.over(current),
        errors,
        current,
        new RumourViews.RumourRow(current, areaNames(municipality).apply(current.areaId())),
        page);
  }

  String render(
      MunicipalityId municipality,
      RumourViews.RumourForm form,
      FormErrors errors,
      @Nullable Rumour rumour,
      WebPage page) {
    return render(municipality, form, errors, rumour, null, page);
  }

  String render(
      MunicipalityId municipality,
      RumourViews.RumourForm form,
      FormErrors errors,
      @Nullable Rumour rumour,
      RumourViews.@Nullable RumourRow current,
      WebPage page) {
    List<Option> channels =
        Option.of(RumourChannel.values(), "field.rumour.channel", form.channel(), page.ui());
    List<Option> areaOptions =
        Option.of(areas.all(municipality), Area::id, Area::name, id -> id.equals(form.areaId()));
    page.add(
        "page", new RumourViews.FormPage(form, errors, rumour, current, channels, areaOptions));
    return "field/rumour/form";
  }
}
