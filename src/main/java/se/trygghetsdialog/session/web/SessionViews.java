package se.trygghetsdialog.session.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.session.Agreement;
import se.trygghetsdialog.session.Attendance;
import se.trygghetsdialog.session.DialogueSession;
import se.trygghetsdialog.session.SessionMaterial;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;

/** View models of the session pages. A form as typed is a map of its fields' texts. */
public final class SessionViews {

  private SessionViews() {}

  /** The outcome form's age count fields, in the order of the age bands. */
  public static final List<String> AGE_FIELDS = SessionPages.AGE_FIELDS;

  /** The outcome form's gender count fields, in the order of the genders. */
  public static final List<String> GENDER_FIELDS = SessionPages.GENDER_FIELDS;

  /** A form's fields as typed; a missing field is empty. */
  public record Form(Map<String, String> values) {
    public Form {
      values = Map.copyOf(values);
    }

    public String v(String field) {
      return values.getOrDefault(field, "");
    }

    public boolean checked(String field) {
      return "true".equals(values.get(field));
    }
  }

  /** A dialogue's sessions, the warnings about them and the form to plan another. */
  public record ListPage(
      Dialogue dialogue,
      List<DialogueSession> sessions,
      List<String> warnings,
      Form form,
      FormErrors errors,
      List<Option> formats,
      List<Option> accessibility) {}

  /**
   * One session for the team: what was planned, the warnings, the material link, who was invited,
   * and the forms to invite, record the outcome and send the notes.
   *
   * @param attendance null until recorded
   */
  public record ShowPage(
      Dialogue dialogue,
      DialogueSession session,
      @Nullable Attendance attendance,
      List<Agreement> agreements,
      List<String> invitees,
      String materialUrl,
      List<String> warnings,
      List<SessionMaterial> files,
      Form form,
      FormErrors errors) {}

  /**
   * The participants' page of a session: no personal data.
   *
   * @param filePath the path the files are downloaded under, followed by a file's id
   */
  public record MaterialPage(
      DialogueSession session,
      List<Agreement> agreements,
      List<SessionMaterial> files,
      String filePath) {}

  /** The municipality's school holidays. */
  public record HolidaysPage(Form form, FormErrors errors) {}
}
