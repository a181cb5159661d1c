package se.trygghetsdialog.walk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.walk.RegisterForWalk;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkRuleViolation;
import se.trygghetsdialog.walk.WalkerGroup;
import se.trygghetsdialog.walk.Walks;

/**
 * Public pages of trygghetsvandringar: the list, a walk's page with registration and the
 * participant text (also in lätt svenska), the receipt (the private link of a registration shows
 * its state and the cancel link; a sign-up with an address gets the link by mail), and the
 * published protocol. No personal data is shown here.
 */
@Controller
class WalkPublicController {

  static final String RATE_LIMITED_ACTION = "walk-registration";

  private final Walks walks;
  private final RegisterForWalk registerForWalk;
  private final AnonymousRateLimiter limiter;
  private final WalkViews views;
  private final MessageSource messages;

  WalkPublicController(
      Walks walks,
      RegisterForWalk registerForWalk,
      AnonymousRateLimiter limiter,
      WalkViews views,
      MessageSource messages) {
    this.walks = walks;
    this.registerForWalk = registerForWalk;
    this.limiter = limiter;
    this.views = views;
    this.messages = messages;
  }

  private Walk walk(MunicipalityId municipality, String id) {
    UUID uuid = FormText.uuid(id);
    if (uuid == null) {
      throw new NotFoundException("walk");
    }
    return walks.find(municipality, uuid).orElseThrow(() -> new NotFoundException("walk"));
  }

  @GetMapping("/trygghetsvandringar")
  String list(MunicipalityId municipality, Model model) {
    model.addAttribute("walks", walks.all(municipality));
    return "walk/list";
  }

  @GetMapping("/trygghetsvandringar/{id}")
  String show(
      MunicipalityId municipality,
      @PathVariable String id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    return render(
        municipality,
        walk(municipality, id),
        RegistrationForm.blank(),
        FormErrors.none(),
        model,
        ui);
  }

  private String render(
      MunicipalityId municipality,
      Walk walk,
      RegistrationForm form,
      FormErrors errors,
      Model model,
      Ui ui) {
    // The page is long: create the CSRF token (and session) before the response is committed.
    ui.csrfToken();
    model.addAttribute("walk", walk);
    model.addAttribute("stops", walks.stops(walk));
    model.addAttribute("invitees", walks.invitees(walk));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "groups",
        Arrays.stream(WalkerGroup.values())
            .map(g -> new Option(g.name(), ui.e("walk.group", g), g.name().equals(form.group())))
            .toList());
    model.addAttribute("sinceLast", walks.sinceLast(walk).orElse(null));
    model.addAttribute("names", views.names(municipality, ui));
    return "walk/show";
  }

  @PostMapping("/trygghetsvandringar/{id}/anmalan")
  @Nullable String register(
      MunicipalityId municipality,
      @PathVariable String id,
      @ModelAttribute("form") RegistrationForm form,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect)
      throws IOException {
    Walk walk = walk(municipality, id);
    if (!limiter.tryAcquire(request, RATE_LIMITED_ACTION)) {
      response.sendError(429);
      return null;
    }
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    if (!FormText.clean(form.website()).isEmpty()) {
      errors.add("", "walk.error.robot");
    }
    WalkerGroup group = FormText.enumValue(WalkerGroup.class, form.group());
    if (group == null) {
      errors.add("group", "walk.error.group.required");
    }
    String email = FormText.clean(form.email());
    if (!errors.any()) {
      try {
        RegisterForWalk.Receipt receipt =
            registerForWalk.register(
                municipality,
                walk.id(),
                new RegisterForWalk.Input(
                    FormText.clean(form.name()),
                    email.isEmpty() ? null : email,
                    form.consentGiven(),
                    group,
                    FormText.clean(form.accessibility())));
        if (receipt.mailed()) {
          // The same answer whether the address was new or already registered: the link went
          // by mail, to the owner of the address.
          redirect.addFlashAttribute("mailed", Boolean.TRUE);
          return "redirect:/trygghetsvandringar/" + walk.id() + "/kvitto";
        }
        return "redirect:/trygghetsvandringar/min-anmalan/" + receipt.cancelToken();
      } catch (WalkRuleViolation violation) {
        errors.add(violation);
      }
    }
    response.setStatus(
        errors.build().has("") && walks.find(municipality, walk.id()).map(Walk::full).orElse(false)
            ? HttpServletResponse.SC_CONFLICT
            : HttpServletResponse.SC_BAD_REQUEST);
    return render(
        municipality,
        walks.find(municipality, walk.id()).orElse(walk),
        form,
        errors.build(),
        model,
        ui);
  }

  /** After a sign-up with an address: the link went by mail. Opened again, it is the walk. */
  @GetMapping("/trygghetsvandringar/{id}/kvitto")
  String receipt(MunicipalityId municipality, @PathVariable String id, Model model) {
    Walk walk = walk(municipality, id);
    if (!Boolean.TRUE.equals(model.getAttribute("mailed"))) {
      return "redirect:/trygghetsvandringar/" + walk.id();
    }
    model.addAttribute("walk", walk);
    model.addAttribute("token", "");
    model.addAttribute("cancelled", false);
    model.addAttribute("mailed", true);
    return "walk/receipt";
  }

  /** The private link of a registration: its state now (registered or cancelled). */
  @GetMapping("/trygghetsvandringar/min-anmalan/{token}")
  String registration(MunicipalityId municipality, @PathVariable String token, Model model) {
    RegisterForWalk.Holding holding =
        registerForWalk.holding(token).orElseThrow(() -> new NotFoundException("link"));
    model.addAttribute(
        "walk",
        walks
            .find(municipality, holding.walkId())
            .orElseThrow(() -> new NotFoundException("walk")));
    model.addAttribute("token", token);
    model.addAttribute("cancelled", holding.cancelled());
    model.addAttribute("mailed", false);
    return "walk/receipt";
  }

  @GetMapping("/trygghetsvandringar/avboka/{token}")
  String cancelPage(
      MunicipalityId municipality,
      @PathVariable String token,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    ui.csrfToken();
    RegisterForWalk.Holding holding =
        registerForWalk.holding(token).orElseThrow(() -> new NotFoundException("link"));
    if (holding.cancelled()) {
      return "redirect:/trygghetsvandringar/min-anmalan/" + token;
    }
    model.addAttribute(
        "walk",
        walks
            .find(municipality, holding.walkId())
            .orElseThrow(() -> new NotFoundException("walk")));
    model.addAttribute("token", token);
    return "walk/cancel";
  }

  @PostMapping("/trygghetsvandringar/avboka/{token}")
  String cancel(
      MunicipalityId municipality,
      @PathVariable String token,
      Model model,
      RedirectAttributes redirect) {
    UUID walkId = registerForWalk.walkOf(token).orElseThrow(() -> new NotFoundException("link"));
    boolean cancelled = registerForWalk.cancel(token);
    redirect.addFlashAttribute(
        "notice", cancelled ? "walk.notice.cancelled" : "walk.notice.alreadyCancelled");
    return "redirect:/trygghetsvandringar/" + walkId;
  }

  @GetMapping("/trygghetsvandringar/{id}/protokoll")
  String protocol(
      MunicipalityId municipality,
      @PathVariable String id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Walk walk = walk(municipality, id);
    model.addAttribute("walk", walk);
    List<Walks.PublicPoint> points = walks.publicProtocol(walk);
    model.addAttribute("points", points);
    model.addAttribute("names", views.names(municipality, ui));
    model.addAttribute("places", views.places(municipality, points));
    model.addAttribute("sinceLast", walks.sinceLast(walk).orElse(null));
    return "walk/protocol";
  }
}
