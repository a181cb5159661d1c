package se.trygghetsdialog.session.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.session.PlanSession;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** A dialogue's sessions for its team: the list with the warnings, and planning a session. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionPlanController {

  private final SessionPages pages;
  private final PlanSession planSession;
  private final FormSubmissions forms;

  @GetMapping("/personal/dialoger/{id}/moten")
  String list(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    return pages.list(pages.dialogue(municipality, id), Map.of(), FormErrors.none(), page);
  }

  @PostMapping("/personal/dialoger/{id}/moten")
  String plan(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("planSession") PlanSession.Command command,
      BindingResult binding,
      @RequestParam Map<String, String> typed,
      WebPage page) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    return forms.submit(
        binding,
        () -> {
          UUID session = planSession.plan(dialogue, SessionPages.staff().accountId(), command);
          return page.redirect(
              "session.notice.planned", "/personal/dialoger/" + id + "/moten/" + session);
        },
        errors -> pages.list(dialogue, typed, errors, page));
  }
}
