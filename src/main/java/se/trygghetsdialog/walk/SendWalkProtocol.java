package se.trygghetsdialog.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.place.PlaceCategories;
import se.trygghetsdialog.place.PlaceCategory;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.mail.MailOutbox;

/**
 * "Skicka protokollet": each invited owner with points gets its points by e-mail (texts with
 * possible personal data masked), what was sent is recorded, and the protocol is published.
 */
@Service
public class SendWalkProtocol {

  /** Mails queued, and the owners with points that have no address (they got nothing). */
  public record Result(int mails, List<String> ownersWithoutEmail) {}

  private static final Locale SWEDISH = new Locale("sv");

  private final WalkRepository repository;
  private final MailOutbox outbox;
  private final MessageSource messages;
  private final PlaceCategories categories;
  private final PersonalDataScreener screener;
  private final ApplicationEventPublisher events;

  SendWalkProtocol(
      WalkRepository repository,
      MailOutbox outbox,
      MessageSource messages,
      PlaceCategories categories,
      PersonalDataScreener screener,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.outbox = outbox;
    this.messages = messages;
    this.categories = categories;
    this.screener = screener;
    this.events = events;
  }

  /**
   * @param publicUrl the address of the public protocol, for the mail
   * @param staffUrl the staff page of the walk, where owners set the status of their points
   * @throws WalkRuleViolation if the protocol has no points or was already sent
   */
  @Transactional
  public Result send(
      MunicipalityId municipality,
      UUID walkId,
      StaffPrincipal staff,
      String publicUrl,
      String staffUrl) {
    if (!WalkPolicy.mayPlan(staff)) {
      throw new AccessDeniedException("not a walk planner");
    }
    Walk walk =
        repository
            .find(municipality, walkId)
            .orElseThrow(() -> new WalkRuleViolation("", "walk.error.notFound"));
    List<WalkPoint> points = repository.points(walkId);
    if (points.isEmpty()) {
      throw new WalkRuleViolation("", "walk.error.protocol.empty");
    }
    if (!repository.markSent(walkId)) {
      throw new WalkRuleViolation("", "walk.error.protocol.alreadySent");
    }
    List<PlaceCategory> all = categories.all(municipality);
    int mails = 0;
    List<String> missing = new ArrayList<>();
    for (Invitee invitee : repository.invitees(walkId)) {
      List<WalkPoint> own =
          points.stream().filter(p -> p.ownerId().equals(invitee.organisationId())).toList();
      if (own.isEmpty()) {
        continue;
      }
      if (invitee.email().isEmpty()) {
        missing.add(invitee.name());
        continue;
      }
      StringBuilder body = new StringBuilder();
      body.append(t("walk.mail.protocol.intro", invitee.name(), walk.title(), own.size()))
          .append("\n\n");
      int n = 1;
      for (WalkPoint point : own) {
        String category =
            all.stream()
                .filter(c -> c.id().equals(point.categoryId()))
                .map(c -> c.name(SWEDISH))
                .findFirst()
                .orElse("");
        body.append(n++)
            .append(". ")
            .append(point.placeName().isEmpty() ? "" : point.placeName() + " – ")
            .append(category)
            .append(" (")
            .append(t(point.safe() ? "walk.point.safe" : "walk.point.unsafe"))
            .append(")\n   ")
            .append(
                t(
                    "walk.mail.protocol.point",
                    String.format(
                        Locale.ROOT,
                        "%.5f, %.5f",
                        point.location().latitude(),
                        point.location().longitude()),
                    t("walk.priority." + point.priority().name()),
                    point.deadline().toString()))
            .append('\n');
        String observation = masked(point.observation());
        if (!observation.isEmpty()) {
          body.append("   ").append(t("walk.mail.protocol.observation", observation)).append('\n');
        }
        String action = masked(point.proposedAction());
        if (!action.isEmpty()) {
          body.append("   ").append(t("walk.mail.protocol.action", action)).append('\n');
        }
      }
      body.append('\n').append(t("walk.mail.protocol.status", staffUrl)).append('\n');
      body.append(t("walk.mail.protocol.public", publicUrl)).append('\n');
      outbox.queue(
          municipality,
          invitee.email(),
          t("walk.mail.protocol.subject", walk.title()),
          body.toString());
      repository.recordMail(walkId, invitee.organisationId(), invitee.email(), own.size());
      mails++;
    }
    // Feedback to the people who walked: those who gave an address (with consent) get the link.
    for (Registration registration : repository.registrations(walkId)) {
      if (registration.email() != null && registration.cancelledAt() == null) {
        outbox.queue(
            municipality,
            registration.email(),
            t("walk.mail.walker.subject", walk.title()),
            t("walk.mail.walker.body", walk.title(), publicUrl));
      }
    }
    events.publishEvent(new WalkProtocolSent(municipality, walkId, staff.accountId()));
    return new Result(mails, missing);
  }

  private String masked(String text) {
    return text.isEmpty() ? "" : screener.screen(text).masked();
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args, SWEDISH);
  }
}
