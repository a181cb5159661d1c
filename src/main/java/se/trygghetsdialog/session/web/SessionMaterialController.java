package se.trygghetsdialog.session.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.session.DialogueSession;
import se.trygghetsdialog.session.Sessions;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The participants' page of a session, opened by its secret link without signing in: the agenda,
 * the material and, once sent, the notes and agreements. No personal data: never the invited
 * addresses, and no flagged text.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionMaterialController {

  private final Sessions sessions;

  @GetMapping("/motesmaterial/{token}")
  String material(MunicipalityId municipality, @PathVariable String token, WebPage page) {
    DialogueSession session =
        sessions
            .byMaterialToken(municipality, token)
            .orElseThrow(() -> new NotFoundException("session material"));
    page.add(
        "page",
        new SessionViews.MaterialPage(
            session,
            session.notesPublished()
                ? sessions.agreements(municipality, session.id())
                : java.util.List.of()));
    return "session/material";
  }
}
