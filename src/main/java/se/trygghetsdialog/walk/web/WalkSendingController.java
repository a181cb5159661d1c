package se.trygghetsdialog.walk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.walk.SendWalkProtocol;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkRuleViolation;

/** Sending the protocol of a walk to the owners, and sending an amended protocol. */
@Controller
class WalkSendingController {

  static final String BASE = WalkPages.BASE;

  private final SendWalkProtocol sendProtocol;
  private final WalkPages pages;
  private final MessageSource messages;

  WalkSendingController(SendWalkProtocol sendProtocol, WalkPages pages, MessageSource messages) {
    this.sendProtocol = sendProtocol;
    this.pages = pages;
    this.messages = messages;
  }

  private static String origin(HttpServletRequest request) {
    return request.getScheme()
        + "://"
        + request.getServerName()
        + (request.getServerPort() == 80 || request.getServerPort() == 443
            ? ""
            : ":" + request.getServerPort());
  }

  /**
   * The first send, and later the same protocol to owners who have not got it (an address was saved
   * since); with {@code version}, an amended protocol as a new version to every owner.
   */
  @PostMapping(BASE + "/{id}/skicka")
  String send(
      MunicipalityId municipality,
      @PathVariable String id,
      @RequestParam(name = "andrat", required = false) @Nullable String amendedFrom,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    StaffPrincipal staff = WalkPages.planner();
    Walk walk = pages.walk(municipality, id);
    String origin = origin(request);
    String publicUrl = origin + "/trygghetsvandringar/" + walk.id() + "/protokoll";
    String staffUrl = origin + BASE + "/" + walk.id();
    try {
      SendWalkProtocol.Result result;
      if (amendedFrom == null) {
        result = sendProtocol.send(municipality, walk.id(), staff, publicUrl, staffUrl);
      } else {
        int expected;
        try {
          expected = Integer.parseInt(amendedFrom.strip());
        } catch (NumberFormatException e) {
          throw new WalkRuleViolation("", "walk.error.protocol.changed");
        }
        result = sendProtocol.amend(municipality, walk.id(), expected, staff, publicUrl, staffUrl);
      }
      List<String> warnings = new ArrayList<>();
      for (String owner : result.ownersWithoutEmail()) {
        warnings.add(ui.t("walk.warning.noEmail", owner));
      }
      redirect.addFlashAttribute("warnings", warnings);
      redirect.addFlashAttribute(
          "notice", amendedFrom == null ? "walk.notice.sent" : "walk.notice.amended");
      return "redirect:" + BASE + "/" + walk.id();
    } catch (WalkRuleViolation violation) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      FormErrors errors = FormErrors.builder(messages, ui.locale()).add(violation).build();
      return pages.renderShow(municipality, walk, List.of(), errors, "", model, ui);
    }
  }
}
