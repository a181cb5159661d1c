package se.trygghetsdialog.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.web.FormText;

/**
 * The team invites participants by e-mail: each new address gets the invitation with the material
 * link. The addresses are kept for this session only, shown only to the team, and forgotten when
 * the dialogue reaches step 7 or {@link SessionPolicy#INVITEE_RETENTION_DAYS} days after the
 * session, whichever comes first.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InviteParticipants {

  /**
   * @param emails one or more addresses, separated by lines, commas, semicolons or spaces
   */
  public record Command(
      @Nullable
          @NotBlank(message = "{session.error.emails.required}")
          @Size(max = 20_000, message = "{session.error.tooLong}")
          String emails) {}

  private final DialogueSessionRepository sessions;
  private final SessionMails mails;
  private final ApplicationEventPublisher events;

  /**
   * @return how many addresses were new and got an invitation
   * @throws SessionRuleViolation on {@code emails} when an address is not one, or too many
   */
  @Transactional
  public int invite(DialogueSession session, UUID actor, Command c) {
    List<String> addresses =
        Arrays.stream(String.valueOf(c.emails()).split("[\\s,;]+"))
            .filter(a -> !a.isEmpty())
            .map(a -> a.toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    if (addresses.size() > SessionPolicy.MAX_INVITEES) {
      throw new SessionRuleViolation("emails", "session.error.emails.tooMany");
    }
    for (String address : addresses) {
      if (!FormText.isEmail(address)) {
        throw new SessionRuleViolation("emails", "session.error.emails.invalid", address);
      }
    }
    var deleteAfter = session.date().plusDays(SessionPolicy.INVITEE_RETENTION_DAYS);
    int invited = 0;
    for (String address : addresses) {
      if (sessions.invite(session.municipalityId(), session.id(), address, deleteAfter)) {
        mails.invitation(session, address);
        invited++;
      }
    }
    if (invited > 0) {
      events.publishEvent(
          new SessionChanged(
              session.municipalityId(),
              session.id(),
              actor,
              SessionChanged.Change.PARTICIPANTS_INVITED));
    }
    return invited;
  }
}
