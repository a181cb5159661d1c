package se.trygghetsdialog.walk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.SafeJson;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.walk.RecordWalkPoint;
import se.trygghetsdialog.walk.Walk;

/**
 * Recording the protocol of a walk on a phone: plain form posts, and the JSON endpoint of the
 * offline queue of {@code walk-protocol.js}.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkProtocolController {

  static final String BASE = WalkPages.BASE;

  private final RecordWalkPoint recordPoint;
  private final WalkPages pages;
  private final WalkProtocolPages protocolPages;
  private final FormSubmissions submissions;

  @InitBinder("recordWalkPoint")
  void checkTexts(WebDataBinder binder) {
    binder.addValidators(WalkProtocolPages.POINT_TEXTS);
  }

  @GetMapping(BASE + "/{id}/protokoll")
  String protocol(
      MunicipalityId municipality,
      @PathVariable String id,
      @RequestParam(name = "q", required = false) @Nullable String query,
      @RequestParam(name = "plats", required = false) @Nullable String entry,
      WebPage page) {
    WalkPages.planner();
    return protocolPages.renderNew(municipality, pages.walk(municipality, id), query, entry, page);
  }

  @PostMapping(BASE + "/{id}/protokoll")
  String record(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("recordWalkPoint") RecordWalkPoint.Command command,
      BindingResult binding,
      @ModelAttribute("form") WalkPointForm form,
      WebPage page) {
    StaffPrincipal staff = WalkPages.planner();
    Walk walk = pages.walk(municipality, id);
    return submissions.submit(
        binding,
        () -> {
          return page.redirect(
              notice(municipality, walk, command, staff), BASE + "/" + walk.id() + "/protokoll");
        },
        errors -> {
          page.add("offerConfirmScreened", WalkProtocolPages.offersConfirm(binding));
          return protocolPages.render(municipality, walk, form, errors, "", false, List.of(), page);
        });
  }

  /**
   * The same as {@link #record} for the offline queue of {@code walk-protocol.js}: answers JSON,
   * 200 whether the point is new or was already stored (so a resend is harmless), 400 with the
   * messages when it cannot be stored.
   */
  @PostMapping(value = BASE + "/{id}/protokoll", headers = "X-Walk-Queue=1")
  @ResponseBody
  String recordQueued(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("recordWalkPoint") RecordWalkPoint.Command command,
      BindingResult binding,
      @RequestHeader(name = "X-Walk-Direct", required = false) @Nullable String direct,
      HttpServletRequest request,
      HttpServletResponse response) {
    StaffPrincipal staff = WalkPages.planner();
    Walk walk = pages.walk(municipality, id);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    return submissions.submit(
        binding,
        () -> {
          String notice = notice(municipality, walk, command, staff);
          if ("1".equals(direct)) {
            // The script shows the protocol page next: the notice goes with it.
            WalkProtocolPages.flash(request, response, walk, notice);
          }
          return SafeJson.write(Map.of("created", notice.equals("walk.notice.pointSaved")));
        },
        errors ->
            SafeJson.write(
                Map.of("errors", errors.items().stream().map(FormErrors.Item::message).toList())));
  }

  /** Records the point; the notice says whether it is new or was stored before. */
  private String notice(
      MunicipalityId municipality, Walk walk, RecordWalkPoint.Command command, StaffPrincipal s) {
    return recordPoint.record(municipality, walk.id(), command, s).created()
        ? "walk.notice.pointSaved"
        : "walk.notice.pointExisted";
  }
}
