package se.trygghetsdialog.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.SecretTokens;
import se.trygghetsdialog.shared.ServerSecret;

/**
 * Reads dialogue sessions for the staff pages, the material page and other modules (a later report
 * reads sessions, attendance and agreements from here). Nothing here carries personal data except
 * {@link #invitees}, which only the team's pages show.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Sessions {

  static final String MATERIAL = "session-material";

  private final DialogueSessionRepository sessions;
  private final ServerSecret secret;

  /** A dialogue's sessions, in date order. */
  public List<DialogueSession> of(MunicipalityId municipality, DialogueId dialogue) {
    return sessions.ofDialogue(municipality, dialogue);
  }

  public Optional<DialogueSession> find(MunicipalityId municipality, UUID id) {
    return sessions.find(municipality, id);
  }

  /** The attendance of a session; empty until it is recorded. */
  public Optional<Attendance> attendance(MunicipalityId municipality, DialogueSession session) {
    return sessions.attendance(municipality, session);
  }

  /** A session's agreements in the order recorded. */
  public List<Agreement> agreements(MunicipalityId municipality, UUID session) {
    return sessions.agreements(
        municipality, "AND a.session_id = :s ORDER BY a.position", Map.of("s", session));
  }

  /** Every agreement of a dialogue's sessions, in session date order. */
  public List<Agreement> agreementsOf(MunicipalityId municipality, DialogueId dialogue) {
    return sessions.agreements(
        municipality,
        "AND s.dialogue_id = :d ORDER BY s.session_date, s.start_time, a.position",
        Map.of("d", dialogue.value()));
  }

  /**
   * One agreement, for links from measures; empty while screening flags the session's notes or
   * agreements (they may hold personal data, and a linked agreement's text is shown publicly).
   */
  public Optional<Agreement> agreement(MunicipalityId municipality, UUID id) {
    return sessions
        .agreements(
            municipality, "AND a.agreement_id = :id AND NOT s.notes_flagged", Map.of("id", id))
        .stream()
        .findFirst();
  }

  /**
   * The newest agreements of the municipality a measure may link to, newest session first; none of
   * a session whose notes or agreements screening flagged.
   */
  public List<Agreement> newestAgreements(MunicipalityId municipality, int limit) {
    return sessions.agreements(
        municipality,
        "AND NOT s.notes_flagged ORDER BY s.session_date DESC, a.position LIMIT :limit",
        Map.of("limit", limit));
  }

  /** The addresses invited to a session: for the team's page only. */
  public List<String> invitees(MunicipalityId municipality, UUID session) {
    return sessions.invitees(municipality, session);
  }

  /**
   * The secret of a session's material link: derived from the installation's secret and the
   * session's id, so the team's page can show it again while only its hash is stored.
   */
  public String materialToken(UUID session) {
    return secret.sign(MATERIAL, session.toString());
  }

  /** The path of a session's material page. */
  public String materialPath(UUID session) {
    return "/motesmaterial/" + materialToken(session);
  }

  /** The session whose material link carries {@code token}; empty for any other text. */
  public Optional<DialogueSession> byMaterialToken(MunicipalityId municipality, String token) {
    if (!SecretTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return sessions.byMaterialTokenHash(municipality, SecretTokens.hash(token));
  }
}
