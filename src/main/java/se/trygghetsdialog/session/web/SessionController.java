package se.trygghetsdialog.session.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.session.DialogueSession;
import se.trygghetsdialog.session.InviteParticipants;
import se.trygghetsdialog.session.PublishNotes;
import se.trygghetsdialog.session.RecordOutcome;
import se.trygghetsdialog.session.ShareMaterial;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * One session for the dialogue's team: inviting participants, recording the outcome (attendance,
 * notes, agreements) and sending the notes.
 */
@Controller
@RequestMapping("/personal/dialoger/{id}/moten/{sessionId}")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionController {

  private final SessionPages pages;
  private final RecordOutcome recordOutcome;
  private final InviteParticipants invite;
  private final PublishNotes publishNotes;
  private final ShareMaterial shareMaterial;
  private final FormSubmissions forms;

  /** The session a form is about, and the page it was sent from. */
  private record Shown(Dialogue dialogue, DialogueSession session, WebPage page) {

    String again(SessionPages pages, Map<String, String> typed, FormErrors errors) {
      return pages.show(dialogue, session, typed, errors, page);
    }

    String back(String notice) {
      return page.redirect(
          notice, "/personal/dialoger/" + dialogue.id() + "/moten/" + session.id());
    }
  }

  private Shown shown(MunicipalityId municipality, UUID id, UUID sessionId, WebPage page) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    return new Shown(dialogue, pages.session(dialogue, sessionId), page);
  }

  @GetMapping
  String show(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID sessionId,
      WebPage page) {
    return shown(municipality, id, sessionId, page).again(pages, Map.of(), FormErrors.none());
  }

  @PostMapping("/inbjudan")
  String invite(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID sessionId,
      @Valid @ModelAttribute("inviteParticipants") InviteParticipants.Command command,
      BindingResult binding,
      @RequestParam Map<String, String> typed,
      WebPage page) {
    Shown shown = shown(municipality, id, sessionId, page);
    return forms.submit(
        binding,
        () -> {
          invite.invite(shown.session(), SessionPages.staff().accountId(), command);
          return shown.back("session.notice.invited");
        },
        errors -> shown.again(pages, typed, errors));
  }

  @PostMapping("/utfall")
  String outcome(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID sessionId,
      @Valid @ModelAttribute("recordOutcome") RecordOutcome.Command command,
      BindingResult binding,
      @RequestParam Map<String, String> typed,
      WebPage page) {
    Shown shown = shown(municipality, id, sessionId, page);
    return forms.submit(
        binding,
        () -> {
          recordOutcome.record(shown.session(), SessionPages.staff().accountId(), command);
          return shown.back("session.notice.outcome");
        },
        errors -> shown.again(pages, typed, errors));
  }

  /** The team shares a file with the participants (a multipart form; its token in the body). */
  @PostMapping("/material")
  String share(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID sessionId,
      @Valid @ModelAttribute("shareMaterial") ShareMaterial.Command command,
      BindingResult binding,
      WebPage page) {
    Shown shown = shown(municipality, id, sessionId, page);
    return forms.submit(
        binding,
        () -> {
          shareMaterial.upload(shown.session(), SessionPages.staff().accountId(), command);
          return shown.back("session.notice.materialAdded");
        },
        errors -> shown.again(pages, Map.of(), errors));
  }

  @PostMapping("/material/{fileId}/ta-bort")
  String unshare(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID sessionId,
      @PathVariable UUID fileId,
      WebPage page) {
    Shown shown = shown(municipality, id, sessionId, page);
    shareMaterial.remove(shown.session(), SessionPages.staff().accountId(), fileId);
    return shown.back("session.notice.materialRemoved");
  }

  @PostMapping("/skicka")
  String publish(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID sessionId,
      WebPage page) {
    Shown shown = shown(municipality, id, sessionId, page);
    return forms.submit(
        new MapBindingResult(Map.of(), "publishNotes"),
        () -> {
          publishNotes.publish(shown.session(), SessionPages.staff().accountId());
          return shown.back("session.notice.published");
        },
        errors -> shown.again(pages, Map.of(), errors));
  }
}
