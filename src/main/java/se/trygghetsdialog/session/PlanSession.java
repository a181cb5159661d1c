package se.trygghetsdialog.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.SecretTokens;

/**
 * The team plans a session of its dialogue. The title and agenda are shown to participants on the
 * material page, so they are screened and refused when screening finds personal data. A session in
 * a school holiday is planned all the same: the warning is shown afterwards.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanSession {

  /**
   * The plan form as bound.
   *
   * @param stepFree an unticked box is sent as nothing, so each of these four is true or null
   * @param materialLinks addresses of the material, one a line (http or https)
   * @param token one per form; a repeated submit plans nothing new
   */
  public record Command(
      @NotNull(message = "{session.error.format}") SessionFormat format,
      @NotNull(message = "{session.error.title.required}")
          @NoPersonalData(message = "{session.error.personalData}")
          ScreenedText title,
      @Nullable @NoPersonalData(message = "{session.error.personalData}") ScreenedText agenda,
      @Nullable @Size(max = SessionPolicy.MAX_SHORT, message = "{session.error.tooLong}")
          String venue,
      @Nullable Boolean stepFree,
      @Nullable Boolean hearingLoop,
      @Nullable Boolean accessibleToilet,
      @Nullable Boolean publicTransport,
      @Nullable @Size(max = SessionPolicy.MAX_SHORT, message = "{session.error.tooLong}")
          String accessibilityNote,
      @Nullable @Size(max = SessionPolicy.MAX_SHORT, message = "{session.error.tooLong}")
          String digitalLink,
      @Nullable @Size(max = SessionPolicy.MAX_TEXT, message = "{session.error.tooLong}")
          String materialLinks,
      @NotNull(message = "{session.error.date}") @DateTimeFormat(iso = ISO.DATE) LocalDate date,
      @NotNull(message = "{session.error.start}") LocalTime start,
      @NotNull(message = "{session.error.end}") LocalTime end,
      @Nullable UUID token) {}

  private final DialogueSessionRepository sessions;
  private final Sessions queries;
  private final ApplicationEventPublisher events;

  /**
   * @return the new session, or the one this form already planned
   * @throws SessionRuleViolation naming the field of the first rule the command breaks
   */
  @Transactional
  public UUID plan(Dialogue dialogue, UUID actor, Command c) {
    check(c);
    var m = dialogue.municipalityId();
    UUID token = c.token() == null ? UUID.randomUUID() : c.token();
    var existing = sessions.byCreationToken(m, token);
    if (existing.isPresent()) {
      return existing.get();
    }
    UUID id = UUID.randomUUID();
    DialogueSession session =
        new DialogueSession(
            id,
            m,
            dialogue.id(),
            c.format(),
            c.title().text(),
            c.agenda() == null ? "" : c.agenda().text(),
            new Venue(
                c.format().hasVenue() ? text(c.venue()) : "",
                Boolean.TRUE.equals(c.stepFree()),
                Boolean.TRUE.equals(c.hearingLoop()),
                Boolean.TRUE.equals(c.accessibleToilet()),
                Boolean.TRUE.equals(c.publicTransport()),
                c.format().hasVenue() ? text(c.accessibilityNote()) : ""),
            c.format().hasLink() ? text(c.digitalLink()) : "",
            text(c.materialLinks()),
            c.date(),
            c.start(),
            c.end(),
            null,
            "",
            false,
            null);
    String hash = SecretTokens.hash(queries.materialToken(id));
    if (!sessions.insert(m, session, hash, actor, token)) {
      return sessions.byCreationToken(m, token).orElseThrow();
    }
    events.publishEvent(new SessionChanged(m, id, actor, SessionChanged.Change.PLANNED));
    return id;
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  private static void check(Command c) {
    if (c.title().text().length() > SessionPolicy.MAX_TITLE) {
      throw new SessionRuleViolation("title", "session.error.tooLong");
    }
    if (c.agenda() != null && c.agenda().text().length() > SessionPolicy.MAX_TEXT) {
      throw new SessionRuleViolation("agenda", "session.error.tooLong");
    }
    if (!c.end().isAfter(c.start())) {
      throw new SessionRuleViolation("end", "session.error.end.beforeStart");
    }
    if (c.format().hasVenue() && text(c.venue()).isEmpty()) {
      throw new SessionRuleViolation("venue", "session.error.venue.required");
    }
    if (c.format().hasLink() && !webAddress(text(c.digitalLink()))) {
      throw new SessionRuleViolation("digitalLink", "session.error.link");
    }
    for (String line : text(c.materialLinks()).split("\n")) {
      if (!line.isBlank() && !webAddress(line.strip())) {
        throw new SessionRuleViolation("materialLinks", "session.error.materialLink");
      }
    }
  }

  /** An absolute http or https address with a host. */
  static boolean webAddress(String text) {
    try {
      URI uri = new URI(text);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
