package se.trygghetsdialog.place;

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
    if (PlaceReport.CONTENT_TYPE.equals(event.contentType())) {
      reports.decide(
          event.municipalityId(),
          new PlaceReportId(event.contentId()),
          PlaceReportStatus.PUBLISHED,
          event.publicText(),
          "");
      routing.assign(event.municipalityId(), new PlaceReportId(event.contentId()));
    }
  }

  @ApplicationModuleListener
  void on(ContentRejected event) {
    if (PlaceReport.CONTENT_TYPE.equals(event.contentType())) {
      reports.decide(
          event.municipalityId(),
          new PlaceReportId(event.contentId()),
          PlaceReportStatus.REJECTED,
          null,
          event.reason());
    }
  }

  @ApplicationModuleListener
  void on(ContentKeptInternal event) {
    if (PlaceReport.CONTENT_TYPE.equals(event.contentType())) {
      reports.decide(
          event.municipalityId(),
          new PlaceReportId(event.contentId()),
          PlaceReportStatus.INTERNAL,
          null,
          "");
    }
  }
}
