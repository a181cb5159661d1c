package se.trygghetsdialog.topic;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.moderation.ContentSubmitted;
import se.trygghetsdialog.moderation.Finding;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.moderation.ScreeningResult;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.validation.EmailAddress;

/**
 * A resident proposes a dialogue topic, anonymously. The title and description were screened for
 * personal data once, when the form was bound; they wait in the moderation queue as one text (title
 * on the first line) and are kept only there until a moderator approves them. A resident may give
 * an e-mail address to be told about the topic; it is confirmed by a mailed link and never shown.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProposeTopic {

  /** The longest title of a topic. */
  public static final int MAX_TITLE = 150;

  /** The longest description of a topic, and of a status reason. */
  public static final int MAX_TEXT = 2000;

  /** The message key of a proposal refused because it seems to hold personal data. */
  public static final String PERSONAL_DATA = "topic.error.personalData";

  /**
   * The proposal form, bound and validated by Spring MVC.
   *
   * @param sendAnyway the resident was told that the text seems to hold personal data and sends it
   *     all the same; the moderator sees it flagged
   */
  @NoPersonalData(
      text = "title",
      unlessConfirmedBy = "sendAnyway",
      message = "{" + PERSONAL_DATA + "}")
  @NoPersonalData(
      text = "description",
      unlessConfirmedBy = "sendAnyway",
      message = "{" + PERSONAL_DATA + "}")
  public record Command(
      @NotNull(message = "{topic.error.title.required}") ScreenedText title,
      @NotNull(message = "{topic.error.description.required}") ScreenedText description,
      @Nullable
          @Size(max = 254, message = "{topic.error.email.invalid}")
          @EmailAddress(message = "{topic.error.email.invalid}")
          String email,
      @Nullable Boolean sendAnyway) {}

  private final TopicRepository topics;
  private final TopicProposers proposers;
  private final TopicMails mails;
  private final ApplicationEventPublisher events;

  /**
   * @param locale the language of the mails to the resident
   * @return the new topic's id; it is shown once a moderator approves it
   * @throws TopicRuleViolation if a text is too long
   */
  @Transactional
  public UUID propose(MunicipalityId municipality, Command command, Locale locale) {
    if (command.title().text().length() > MAX_TITLE) {
      throw new TopicRuleViolation("title", "topic.error.title.tooLong");
    }
    if (command.description().text().length() > MAX_TEXT) {
      throw new TopicRuleViolation("description", "topic.error.description.tooLong");
    }
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now();
    topics.insert(
        new Topic(
            id,
            municipality,
            0,
            "",
            "",
            TopicOrigin.CITIZEN_PROPOSAL,
            "",
            TopicVisibility.PENDING,
            TopicStatus.NEW,
            "",
            now,
            null,
            now,
            0),
        null);
    events.publishEvent(
        new ContentSubmitted(
            municipality,
            Topic.CONTENT_TYPE,
            id,
            joined(command.title().screening(), command.description().screening())));
    events.publishEvent(new TopicProposed(municipality, id, now));
    String email = command.email() == null ? "" : command.email().strip();
    if (!email.isEmpty()) {
      mails.confirmation(
          municipality, email, locale, proposers.add(municipality, id, email, locale));
    }
    return id;
  }

  /** Title and description as the one text the moderator reads: the title on the first line. */
  static ScreeningResult joined(ScreeningResult title, ScreeningResult description) {
    String separator = "\n\n";
    int offset = title.text().length() + separator.length();
    List<Finding> findings = new ArrayList<>(title.findings());
    for (Finding f : description.findings()) {
      findings.add(new Finding(f.kind(), f.start() + offset, f.end() + offset));
    }
    return new ScreeningResult(title.text() + separator + description.text(), findings);
  }

  /** Splits a moderator's public text back into title (first line) and description. */
  static String[] split(String publicText) {
    String text = publicText.strip();
    int end = text.indexOf('\n');
    String title = (end < 0 ? text : text.substring(0, end)).strip();
    String description = end < 0 ? "" : text.substring(end + 1).strip();
    if (title.length() > MAX_TITLE) {
      title = title.substring(0, MAX_TITLE - 1).strip() + "…";
    }
    return new String[] {title, description};
  }
}
