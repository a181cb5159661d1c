package se.trygghetsdialog.moderation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The review queue: receives {@link ContentSubmitted} and answers queries about items.
 *
 * <p>The listener is synchronous on purpose: it runs in the submitter's transaction, so a piece of
 * content and its queue item are committed together or not at all.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ModerationQueue {

  /** One page of the queue. */
  public record Page(List<ModerationItem> items, int page, int pages, int total) {}

  private final ModerationItemRepository items;
  private final PersonalDataScreener screener;

  @EventListener
  @Transactional
  public void on(ContentSubmitted event) {
    // The submitting module screened the text once; its findings are stored, not found again.
    items.insert(
        event.municipalityId(),
        new ModerationItemId(UUID.randomUUID()),
        event.contentType(),
        event.contentId(),
        event.screening());
  }

  public Page pending(MunicipalityId municipality, int page, int size) {
    return list(municipality, ModerationStatus.PENDING, page, size);
  }

  public Page list(MunicipalityId municipality, ModerationStatus status, int page, int size) {
    int total = items.count(municipality, status);
    int pages = Math.max(1, (total + size - 1) / size);
    int current = Math.min(Math.max(1, page), pages);
    return new Page(
        items.byStatus(municipality, status, size, (current - 1) * size), current, pages, total);
  }

  public Optional<ModerationItem> find(MunicipalityId municipality, ModerationItemId id) {
    return items.find(municipality, id);
  }

  public Optional<ModerationItem> byContent(
      MunicipalityId municipality, String contentType, UUID contentId) {
    return items.byContent(municipality, contentType, contentId);
  }

  /** The text as moderators see it by default: every finding replaced by its kind. */
  public String masked(ModerationItem item) {
    return screening(item).masked();
  }

  /**
   * What screening found in a piece of content when it was submitted, without screening it again;
   * empty when the content never came through the queue.
   */
  public Optional<ScreeningResult> screeningOf(
      MunicipalityId municipality, String contentType, UUID contentId) {
    return byContent(municipality, contentType, contentId).map(this::screening);
  }

  /** The screening of the original text: the stored findings, found again only for old items. */
  ScreeningResult screening(ModerationItem item) {
    List<Finding> findings = item.findings();
    return findings == null
        ? screener.screen(item.originalText())
        : new ScreeningResult(item.originalText(), findings);
  }

  /**
   * What the approve form suggests as the public text: the original when screening finds nothing in
   * it, else nothing at all. A mechanically redacted text (placeholders, or the findings cut out)
   * would still read badly or keep an allegation against someone identifiable, so the moderator
   * writes the public text beside the masked one.
   */
  public String suggestedPublicText(ModerationItem item) {
    if (item.flagged() || screening(item).flagged()) {
      return "";
    }
    return item.originalText();
  }

  /** How many times the item was unmasked (each with a logged reason). */
  public int unmaskings(MunicipalityId municipality, ModerationItemId id) {
    return items.unmaskings(municipality, id);
  }
}
