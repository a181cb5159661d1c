package se.trygghetsdialog.walk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.walk.RegisterForWalk;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.Walks;

/**
 * Public pages of trygghetsvandringar: the list, a walk's page with registration and the
 * participant text (also in lätt svenska), the receipt (the private link of a registration shows
 * its state and the cancel link; a sign-up with an address gets the link by mail), and the
 * published protocol. No personal data is shown here.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkPublicController {

  static final String RATE_LIMITED_ACTION = "walk-registration";

  private final Walks walks;
  private final RegisterForWalk registerForWalk;
  private final AnonymousRateLimiter limiter;
  private final WalkViews views;
  private final WalkPages pages;
  private final FormSubmissions submissions;

  @GetMapping("/trygghetsvandringar")
  String list(MunicipalityId municipality, WebPage page) {
    page.add("walks", walks.all(municipality));
    return "walk/list";
  }

  @GetMapping("/trygghetsvandringar/{id}")
  String show(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    Walk walk = pages.walk(municipality, id);
    return views.renderPublic(
        municipality, walk, RegistrationForm.blank(), FormErrors.none(), page);
  }

  @PostMapping("/trygghetsvandringar/{id}/anmalan")
  @Nullable String register(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("registerForWalk") RegisterForWalk.Command command,
      BindingResult binding,
      @ModelAttribute("form") RegistrationForm form,
      HttpServletRequest request,
      HttpServletResponse response,
      WebPage page)
      throws IOException {
    Walk walk = pages.walk(municipality, id);
    if (!limiter.tryAcquire(request, RATE_LIMITED_ACTION)) {
      response.sendError(429);
      return null;
    }
    if (!FormText.clean(form.website()).isEmpty()) {
      binding.reject("walk.error.robot");
    }
    return submissions.submit(
        binding,
        () -> {
          RegisterForWalk.Receipt receipt =
              registerForWalk.register(municipality, walk.id(), command);
          if (receipt.mailed()) {
            // The same answer whether the address was new or already registered: the link went
            // by mail, to the owner of the address.
            page.redirectAttributes().addFlashAttribute("mailed", Boolean.TRUE);
            return "redirect:/trygghetsvandringar/" + walk.id() + "/kvitto";
          }
          return "redirect:/trygghetsvandringar/min-anmalan/" + receipt.cancelToken();
        },
        errors -> {
          Walk now = walks.find(municipality, walk.id()).orElse(walk);
          if (errors.has("") && now.full()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
          }
          return views.renderPublic(municipality, now, form, errors, page);
        });
  }

  /** After a sign-up with an address: the link went by mail. Opened again, it is the walk. */
  @GetMapping("/trygghetsvandringar/{id}/kvitto")
  String receipt(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    Walk walk = pages.walk(municipality, id);
    if (!Boolean.TRUE.equals(page.model().getAttribute("mailed"))) {
      return "redirect:/trygghetsvandringar/" + walk.id();
    }
    return WalkViews.receipt(walk, "", false, true, page);
  }

  /** The private link of a registration: its state now (registered or cancelled). */
  @GetMapping("/trygghetsvandringar/min-anmalan/{token}")
  String registration(MunicipalityId municipality, @PathVariable String token, WebPage page) {
    RegisterForWalk.Holding holding = holding(token);
    Walk walk = pages.walk(municipality, holding.walkId());
    return WalkViews.receipt(walk, token, holding.cancelled(), false, page);
  }

  private RegisterForWalk.Holding holding(String token) {
    return registerForWalk.holding(token).orElseThrow(() -> new NotFoundException("link"));
  }

  @GetMapping("/trygghetsvandringar/avboka/{token}")
  String cancelPage(MunicipalityId municipality, @PathVariable String token, WebPage page) {
    page.ui().csrfToken();
    RegisterForWalk.Holding holding = holding(token);
    if (holding.cancelled()) {
      return "redirect:/trygghetsvandringar/min-anmalan/" + token;
    }
    page.add("walk", pages.walk(municipality, holding.walkId()));
    page.add("token", token);
    return "walk/cancel";
  }

  @PostMapping("/trygghetsvandringar/avboka/{token}")
  String cancel(@PathVariable String token, WebPage page) {
    UUID walkId = registerForWalk.walkOf(token).orElseThrow(() -> new NotFoundException("link"));
    boolean cancelled = registerForWalk.cancel(token);
    return page.redirect(
        cancelled ? "walk.notice.cancelled" : "walk.notice.alreadyCancelled",
        "/trygghetsvandringar/" + walkId);
  }

  @GetMapping("/trygghetsvandringar/{id}/protokoll")
  String protocol(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    return views.renderProtocol(municipality, pages.walk(municipality, id), page);
  }
}
