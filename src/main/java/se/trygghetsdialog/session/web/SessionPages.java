package se.trygghetsdialog.session.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.session.Agreement;
import se.trygghetsdialog.session.Attendance;
import se.trygghetsdialog.session.DialogueSession;
import se.trygghetsdialog.session.SessionFormat;
import se.trygghetsdialog.session.SessionWarning;
import se.trygghetsdialog.session.SessionWarnings;
import se.trygghetsdialog.session.Sessions;
import se.trygghetsdialog.session.ShareMaterial;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * What the session controllers share: the team's access to a dialogue and its sessions, and
 * building the pages with their forms as typed.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionPages {

  static final List<String> ACCESSIBILITY =
      List.of("stepFree", "hearingLoop", "accessibleToilet", "publicTransport");

  /** The outcome form's count fields, age bands then genders, in {@link AgeBand} order. */
  static final List<String> AGE_FIELDS =
      List.of("ageUnder18", "age18to29", "age30to49", "age50to64", "age65");

  static final List<String> GENDER_FIELDS = List.of("women", "men", "otherGender");

  private final Dialogues dialogues;
  private final Sessions sessions;
  private final SessionWarnings warnings;
  private final MailLinks links;
  private final ShareMaterial material;

  static StaffPrincipal staff() {
    return StaffAccounts.signedIn();
  }

  /** The dialogue, when the signed-in staff member is in its team (else 403; unknown 404). */
  Dialogue dialogue(MunicipalityId municipality, UUID id) {
    return dialogues.ofTeam(municipality, id);
  }

  /** A session of the dialogue (404 for one of another dialogue). */
  DialogueSession session(Dialogue dialogue, UUID id) {
    return sessions
        .find(dialogue.municipalityId(), id)
        .filter(s -> s.dialogueId().equals(dialogue.id()))
        .orElseThrow(() -> new NotFoundException("session"));
  }

  String list(Dialogue dialogue, Map<String, String> typed, FormErrors errors, WebPage page) {
    Ui ui = page.ui();
    MunicipalityId m = dialogue.municipalityId();
    List<DialogueSession> all = sessions.of(m, dialogue.id());
    Map<String, String> form = new HashMap<>(typed);
    form.putIfAbsent("token", UUID.randomUUID().toString());
    List<Option> formats =
        Arrays.stream(SessionFormat.values())
            .map(
                f ->
                    new Option(
                        f.name(), ui.e("session.format", f), f.name().equals(form.get("format"))))
            .toList();
    List<Option> accessibility =
        ACCESSIBILITY.stream()
            .map(a -> new Option(a, ui.t("session.field." + a), "true".equals(form.get(a))))
            .toList();
    page.add(
        "page",
        new SessionViews.ListPage(
            dialogue,
            all,
            texts(warnings.about(m, all), ui),
            new SessionViews.Form(form),
            errors,
            formats,
            accessibility));
    return "session/list";
  }

  String show(
      Dialogue dialogue,
      DialogueSession session,
      Map<String, String> typed,
      FormErrors errors,
      WebPage page) {
    MunicipalityId m = dialogue.municipalityId();
    Attendance attendance = sessions.attendance(m, session).orElse(null);
    List<Agreement> agreements = sessions.agreements(m, session.id());
    Map<String, String> form = new HashMap<>(outcome(session, attendance, agreements));
    form.putAll(typed);
    page.add(
        "page",
        new SessionViews.ShowPage(
            dialogue,
            session,
            attendance,
            agreements,
            sessions.invitees(m, session.id()),
            links.to(sessions.materialPath(session.id())),
            texts(warnings.about(m, session), page.ui()),
            material.of(session),
            new SessionViews.Form(form),
            errors));
    return "session/show";
  }

  /** The outcome form as recorded so far. */
  private static Map<String, String> outcome(
      DialogueSession session, Attendance attendance, List<Agreement> agreements) {
    Map<String, String> form = new HashMap<>();
    form.put("notes", session.notes());
    form.put("agreements", String.join("\n", agreements.stream().map(Agreement::text).toList()));
    if (attendance != null) {
      form.put("attended", Integer.toString(attendance.total()));
      AgeBand[] bands = AgeBand.values();
      for (int i = 0; i < bands.length; i++) {
        Integer n = attendance.byAge().get(bands[i]);
        form.put(AGE_FIELDS.get(i), n == null ? "" : n.toString());
      }
      Gender[] genders = Gender.values();
      for (int i = 0; i < genders.length; i++) {
        Integer n = attendance.byGender().get(genders[i]);
        form.put(GENDER_FIELDS.get(i), n == null ? "" : n.toString());
      }
    }
    return form;
  }

  private static List<String> texts(List<SessionWarning> warnings, Ui ui) {
    return warnings.stream()
        .map(w -> ui.t(w.messageKey(), ui.t(w.argumentKey()), w.subject()))
        .toList();
  }
}
