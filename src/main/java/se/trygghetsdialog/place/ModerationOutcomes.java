package se.trygghetsdialog.place;

import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.moderation.ContentApproved;
import se.trygghetsdialog.moderation.ContentKeptInternal;
import se.trygghetsdialog.moderation.ContentRejected;

/**
 * Flips a report's own visibility when moderation decides on it, and puts an approved report in the
 * worklists of the organisations its category is routed to.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ModerationOutcomes {

  private final PlaceReportRepository reports;
  private final PlaceRouting routing;

  @ApplicationModuleListener
  void on(ContentApproved event) {
    placeReport(event.contentType(), event.contentId())
        .ifPresent(
            id -> {
              reports.decide(
                  event.municipalityId(), id, PlaceReportStatus.PUBLISHED, event.publicText(), "");
              routing.assign(event.municipalityId(), id);
            });
  }

  @ApplicationModuleListener
  void on(ContentRejected event) {
    placeReport(event.contentType(), event.contentId())
        .ifPresent(
            id ->
                reports.decide(
                    event.municipalityId(), id, PlaceReportStatus.REJECTED, null, event.reason()));
  }

  @ApplicationModuleListener
  void on(ContentKeptInternal event) {
    placeReport(event.contentType(), event.contentId())
        .ifPresent(
            id -> reports.decide(event.municipalityId(), id, PlaceReportStatus.INTERNAL, null, ""));
  }

  /** The place report moderation decided on, if the content is one. */
  private static Optional<PlaceReportId> placeReport(String contentType, UUID contentId) {
    return PlaceReport.CONTENT_TYPE.equals(contentType)
        ? Optional.of(new PlaceReportId(contentId))
        : Optional.empty();
  }
}
