package se.trygghetsdialog.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.BindParam;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;
import se.trygghetsdialog.shared.mail.MailOutbox;

/**
 * "Skicka protokollet": each invited owner with points gets its points by e-mail (texts with
 * possible personal data masked), what was sent is recorded per owner and version, and the protocol
 * is published. Owners who had no address can be sent the protocol later, and an amended protocol
 * goes out as a new version to every owner.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SendWalkProtocol {

  /** Mails queued, and the owners with points that have no address (they got nothing). */
  public record Result(int mails, List<String> ownersWithoutEmail) {}

  /**
   * What the send button posts.
   *
   * @param amendedFrom the version on the page when an amended protocol is sent; null for the first
   *     send (and later sends to owners who have not got it)
   */
  public record Command(@Nullable @BindParam("andrat") Integer amendedFrom) {}

  private static final Locale SWEDISH = new Locale("sv");

  private final WalkRepository repository;
  private final WalkInvitees invitees;
  private final MailOutbox outbox;
  private final MessageSource messages;
  private final PlaceCategories categories;
  private final PersonalDataScreener screener;
  private final ApplicationEventPublisher events;

  /**
   * Sends the protocol. The first time, every owner with points and an address gets its points, the
   * protocol is published as version 1 and the walkers who gave an address get the link. Once sent,
   * the same action sends the current version to the owners with points that have not got it (an
   * address was saved since).
   *
   * @param publicUrl the address of the public protocol, for the mail
   * @param staffUrl the staff page of the walk, where owners set the status of their points
   * @throws WalkRuleViolation if the protocol has no points
   * @throws StaleForm if it was sent and every owner waiting for it still has no address (or none
   *     is waiting): someone sent it meanwhile, or the same form was sent twice
   */
  @Transactional
  public Result send(
      MunicipalityId municipality,
      UUID walkId,
      StaffPrincipal staff,
      String publicUrl,
      String staffUrl) {
    Walk walk = walkWithPoints(municipality, walkId, staff);
    List<WalkPoint> points = repository.points(walkId);
    boolean first = repository.markSent(walkId);
    int version = first ? 1 : repository.version(walkId).number();
    Result result =
        mailOwners(municipality, walk, points, version, !first, false, publicUrl, staffUrl);
    if (!first && result.mails() == 0) {
      // Someone sent it meanwhile (or the same form was sent twice): the owners the page offered
      // to send it to have got it.
      throw new StaleForm(
          "",
          result.ownersWithoutEmail().isEmpty()
              ? "walk.error.protocol.alreadySent"
              : "walk.error.protocol.noAddress");
    }
    if (first) {
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
    }
    events.publishEvent(new WalkProtocolSent(municipality, walkId, staff.accountId(), version));
    return result;
  }

  /**
   * What the send button asks for: the first send (or the same protocol to owners who have not got
   * it), or with {@code amendedFrom} an amended protocol as a new version.
   *
   * @throws WalkRuleViolation as {@link #send(MunicipalityId, UUID, StaffPrincipal, String,
   *     String)} and {@link #amend} do
   * @throws StaleForm likewise
   */
  @Transactional
  public Result send(
      MunicipalityId municipality,
      UUID walkId,
      Command command,
      StaffPrincipal staff,
      String publicUrl,
      String staffUrl) {
    Integer amendedFrom = command.amendedFrom();
    return amendedFrom == null
        ? send(municipality, walkId, staff, publicUrl, staffUrl)
        : amend(municipality, walkId, amendedFrom, staff, publicUrl, staffUrl);
  }

  /**
   * Sends an amended protocol: a new version, mailed to every owner with points and an address (the
   * public protocol always shows the points as they are now).
   *
   * @param expectedVersion the version the planner saw; a protocol amended meanwhile is not amended
   *     again
   * @throws WalkRuleViolation if the protocol was not sent yet or has no points
   * @throws StaleForm if it is no longer the version expected
   */
  @Transactional
  public Result amend(
      MunicipalityId municipality,
      UUID walkId,
      int expectedVersion,
      StaffPrincipal staff,
      String publicUrl,
      String staffUrl) {
    Walk walk = walkWithPoints(municipality, walkId, staff);
    if (!walk.published()) {
      throw new WalkRuleViolation("", "walk.error.protocol.notSent");
    }
    if (!repository.amend(walkId, expectedVersion)) {
      throw new StaleForm("", "walk.error.protocol.changed");
    }
    int version = expectedVersion + 1;
    Result result =
        mailOwners(
            municipality,
            walk,
            repository.points(walkId),
            version,
            false,
            true,
            publicUrl,
            staffUrl);
    events.publishEvent(new WalkProtocolSent(municipality, walkId, staff.accountId(), version));
    return result;
  }

  /** Where sending stands: the version, the mails sent and the owners waiting for it. */
  public ProtocolState state(Walk walk) {
    WalkRepository.Version version = repository.version(walk.id());
    List<ProtocolMail> mails = repository.mails(walk.id());
    List<WalkPoint> points = repository.points(walk.id());
    List<Invitee> waiting =
        invitees.of(walk).stream()
            .filter(i -> points.stream().anyMatch(p -> p.ownerId().equals(i.organisationId())))
            .filter(
                i ->
                    mails.stream()
                        .noneMatch(
                            mail ->
                                mail.version() == version.number()
                                    && mail.organisationId().equals(i.organisationId())))
            .toList();
    return new ProtocolState(version.number(), version.amendedAt(), mails, waiting);
  }

  private Walk walkWithPoints(MunicipalityId municipality, UUID walkId, StaffPrincipal staff) {
    WalkPolicy.checkPlanner(staff);
    Walk walk = repository.require(municipality, walkId);
    if (repository.points(walkId).isEmpty()) {
      throw new WalkRuleViolation("", "walk.error.protocol.empty");
    }
    return walk;
  }

  /**
   * Mails each owner with points its points as {@code version}; with {@code onlyWaiting}, only the
   * owners that have not got that version yet.
   */
  private Result mailOwners(
      MunicipalityId municipality,
      Walk walk,
      List<WalkPoint> points,
      int version,
      boolean onlyWaiting,
      boolean amended,
      String publicUrl,
      String staffUrl) {
    List<PlaceCategory> all = categories.all(municipality);
    List<ProtocolMail> sent = onlyWaiting ? repository.mails(walk.id()) : List.of();
    int mails = 0;
    List<String> missing = new ArrayList<>();
    for (Invitee invitee : invitees.of(walk)) {
      List<WalkPoint> own =
          points.stream().filter(p -> p.ownerId().equals(invitee.organisationId())).toList();
      if (own.isEmpty()) {
        continue;
      }
      if (sent.stream()
          .anyMatch(
              m -> m.version() == version && m.organisationId().equals(invitee.organisationId()))) {
        continue;
      }
      if (invitee.email().isBlank()) {
        missing.add(invitee.name());
        continue;
      }
      // Recorded first: a send racing this one for the same owner and version records nothing
      // and so queues nothing.
      if (!repository.recordMail(
          walk.id(), invitee.organisationId(), invitee.email(), own.size(), version)) {
        continue;
      }
      outbox.queue(
          municipality,
          invitee.email(),
          amended
              ? t("walk.mail.protocol.amendedSubject", walk.title(), version)
              : t("walk.mail.protocol.subject", walk.title()),
          body(walk, invitee, own, all, amended, version, publicUrl, staffUrl));
      mails++;
    }
    return new Result(mails, missing);
  }

  private String body(
      Walk walk,
      Invitee invitee,
      List<WalkPoint> own,
      List<PlaceCategory> all,
      boolean amended,
      int version,
      String publicUrl,
      String staffUrl) {
    StringBuilder body = new StringBuilder();
    if (amended) {
      body.append(t("walk.mail.protocol.amended", version)).append("\n\n");
    }
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
    return body.toString();
  }

  private String masked(String text) {
    return text.isEmpty() ? "" : screener.screen(text).masked();
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args, SWEDISH);
  }
}
