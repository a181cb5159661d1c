package se.trygghetsdialog.walk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.SafeJson;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.walk.PointPriority;
import se.trygghetsdialog.walk.RecordWalkPoint;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkRuleViolation;
import se.trygghetsdialog.walk.Walks;

/**
 * Recording the protocol of a walk on a phone: plain form posts, and the JSON endpoint of the
 * offline queue of {@code walk-protocol.js}.
 */
@Controller
class WalkProtocolController {

  static final String BASE = WalkPages.BASE;

  private final Walks walks;
  private final RecordWalkPoint recordPoint;
  private final Gazetteer gazetteer;
  private final PlaceCategories categories;
  private final PlaceSettings placeSettings;
  private final WalkViews views;
  private final WalkPages pages;
  private final WalkForms forms;
  private final MessageSource messages;

  WalkProtocolController(
      Walks walks,
      RecordWalkPoint recordPoint,
      Gazetteer gazetteer,
      PlaceCategories categories,
      PlaceSettings placeSettings,
      WalkViews views,
      WalkPages pages,
      WalkForms forms,
      MessageSource messages) {
    this.walks = walks;
    this.recordPoint = recordPoint;
    this.gazetteer = gazetteer;
    this.categories = categories;
    this.placeSettings = placeSettings;
    this.views = views;
    this.pages = pages;
    this.forms = forms;
    this.messages = messages;
  }

  @GetMapping(BASE + "/{id}/protokoll")
  String protocol(
      MunicipalityId municipality,
      @PathVariable String id,
      @RequestParam(name = "q", required = false) @Nullable String query,
      @RequestParam(name = "plats", required = false) @Nullable String entry,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    WalkPages.planner();
    Walk walk = pages.walk(municipality, id);
    WalkPointForm form =
        WalkPointForm.blank(UUID.randomUUID().toString(), walk.walkDate().plusMonths(3).toString());
    UUID entryId = FormText.uuid(entry);
    if (entryId != null) {
      GazetteerEntry chosen =
          gazetteer.find(municipality, entryId).orElseThrow(() -> new NotFoundException("place"));
      form =
          form.at(
              FormText.coordinate(chosen.location().latitude()),
              FormText.coordinate(chosen.location().longitude()),
              chosen.name());
    }
    String q = FormText.clean(query);
    return renderProtocol(
        municipality,
        walk,
        form,
        FormErrors.none(),
        q,
        query != null,
        q.isEmpty() ? List.of() : gazetteer.search(municipality, q),
        model,
        ui);
  }

  private String renderProtocol(
      MunicipalityId municipality,
      Walk walk,
      WalkPointForm form,
      FormErrors errors,
      String query,
      boolean searched,
      List<GazetteerEntry> results,
      Model model,
      Ui ui) {
    ui.csrfToken();
    List<ProtocolPage.CategoryGroup> groups = new ArrayList<>();
    for (PlaceCategories.Group group : categories.groups(municipality)) {
      String value = group.category().id().toString();
      groups.add(
          new ProtocolPage.CategoryGroup(
              value,
              group.category().name(ui.locale()),
              value.equals(form.categoryId()),
              group.children().stream()
                  .map(
                      c ->
                          new Option(
                              c.id().toString(),
                              c.name(ui.locale()),
                              c.id().toString().equals(form.categoryId())))
                  .toList()));
    }
    List<Option> owners =
        walks.invitees(walk).stream()
            .map(
                i ->
                    new Option(
                        i.organisationId().toString(),
                        i.name(),
                        i.organisationId().toString().equals(form.ownerId())))
            .toList();
    List<Option> priorities =
        Arrays.stream(PointPriority.values())
            .map(
                p ->
                    new Option(
                        p.name(), ui.e("walk.priority", p), p.name().equals(form.priority())))
            .toList();
    List<Option> safety =
        List.of(
            new Option("unsafe", ui.t("walk.point.unsafe"), "unsafe".equals(form.safety())),
            new Option("safe", ui.t("walk.point.safe"), "safe".equals(form.safety())));
    model.addAttribute(
        "page",
        new ProtocolPage(
            walk,
            form,
            errors,
            groups,
            owners,
            priorities,
            safety,
            walks.points(walk),
            views.names(municipality, ui),
            placeSettings.of(municipality),
            query,
            searched,
            results,
            walks.stops(walk).stream()
                .filter(stop -> stop.location() != null)
                .findFirst()
                .map(
                    stop ->
                        FormText.coordinate(stop.location().latitude())
                            + ","
                            + FormText.coordinate(stop.location().longitude()))
                .orElse("")));
    return "walk/staff/protocol";
  }

  @PostMapping(BASE + "/{id}/protokoll")
  String record(
      MunicipalityId municipality,
      @PathVariable String id,
      @ModelAttribute("form") WalkPointForm form,
      @RequestParam(name = "photo", required = false) @Nullable MultipartFile upload,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect)
      throws IOException {
    StaffPrincipal staff = WalkPages.planner();
    Walk walk = pages.walk(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    RecordWalkPoint.Input input = forms.point(form, upload, errors);
    if (input != null) {
      try {
        RecordWalkPoint.Result result = recordPoint.record(municipality, walk.id(), input, staff);
        redirect.addFlashAttribute(
            "notice", result.created() ? "walk.notice.pointSaved" : "walk.notice.pointExisted");
        return "redirect:" + BASE + "/" + walk.id() + "/protokoll";
      } catch (WalkRuleViolation violation) {
        errors.add(violation);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("offerConfirmScreened", forms.offerConfirm(form));
    return renderProtocol(
        municipality, walk, form, errors.build(), "", false, List.of(), model, ui);
  }

  /**
   * The same as {@link #record} for the offline queue of {@code walk-protocol.js}: answers JSON,
   * 200 whether the point is new or was already stored (so a resend is harmless), 400 with the
   * messages when it cannot be stored.
   */
  @PostMapping(value = BASE + "/{id}/protokoll", headers = "X-Walk-Queue=1")
  @ResponseBody
  ResponseEntity<String> recordQueued(
      MunicipalityId municipality,
      @PathVariable String id,
      @ModelAttribute("form") WalkPointForm form,
      @RequestParam(name = "photo", required = false) @Nullable MultipartFile upload,
      @RequestHeader(name = "X-Walk-Direct", required = false) @Nullable String direct,
      HttpServletRequest request,
      HttpServletResponse response,
      @ModelAttribute("ui") Ui ui)
      throws IOException {
    StaffPrincipal staff = WalkPages.planner();
    Walk walk = pages.walk(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    RecordWalkPoint.Input input = forms.point(form, upload, errors);
    if (input != null) {
      try {
        RecordWalkPoint.Result result = recordPoint.record(municipality, walk.id(), input, staff);
        if ("1".equals(direct)) {
          // The script shows the protocol page next: the notice goes with it, as after a redirect.
          FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
          flash.put(
              "notice", result.created() ? "walk.notice.pointSaved" : "walk.notice.pointExisted");
          flash.setTargetRequestPath(BASE + "/" + walk.id() + "/protokoll");
          RequestContextUtils.saveOutputFlashMap(
              BASE + "/" + walk.id() + "/protokoll", request, response);
        }
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .body(SafeJson.write(Map.of("created", result.created())));
      } catch (WalkRuleViolation violation) {
        errors.add(violation);
      }
    }
    List<String> texts = new ArrayList<>();
    for (FormErrors.Item item : errors.build().items()) {
      texts.add(item.message());
    }
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(SafeJson.write(Map.of("errors", texts)));
  }
}
