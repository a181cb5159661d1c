package se.trygghetsdialog.place;

import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.moderation.ContentApproved;
import se.trygghetsdialog.moderation.ContentKeptInternal;
import se.trygghetsdialog.moderation.ContentRejected;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.PublicPageCache;

/**
 * Flips a report's own visibility when moderation decides on it, and puts an approved report in the
 * worklists of the organisations its category is routed to. The public map's kept data of the
 * municipality is evicted once the change commits, and the heat counts are built for the map's grid
 * if they were not (public pages only read them).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ModerationOutcomes {

  private final PlaceReportRepository reports;
  private final PlaceRouting routing;
  private final PublicPageCache cache;
  private final PlaceSettings settings;
  private final PublicPlaceRepository publicReports;

  @ApplicationModuleListener
  void on(ContentApproved event) {
    placeReport(event.contentType(), event.contentId())
        .ifPresent(id -> publish(event.municipalityId(), id, event.publicText()));
  }

  /**
   * Publishes an approved report in the caller's transaction. Public pages only read the heat
   * counts, so a writer builds them for the map's grid, and it does so <em>before</em> publishing:
   * a rebuild takes the counts' lock exclusively, publishing takes it shared, and a transaction
   * that held it shared while asking for it exclusively deadlocked with a concurrent approval doing
   * the same (seen when the demo data's approvals ran in parallel).
   */
  void publish(MunicipalityId municipality, PlaceReportId id, String publicText) {
    publicReports.countsReadyFor(
        municipality, HeatGrid.over(settings.of(municipality), HeatGrid.HEAT_CELL_METRES));
    reports.decide(municipality, id, PlaceReportStatus.PUBLISHED, publicText, "");
    routing.assign(municipality, id);
    cache.evictAfterCommit(municipality);
  }

  @ApplicationModuleListener
  void on(ContentRejected event) {
    placeReport(event.contentType(), event.contentId())
        .ifPresent(
            id -> {
              reports.decide(
                  event.municipalityId(), id, PlaceReportStatus.REJECTED, null, event.reason());
              cache.evictAfterCommit(event.municipalityId());
            });
  }

  @ApplicationModuleListener
  void on(ContentKeptInternal event) {
    placeReport(event.contentType(), event.contentId())
        .ifPresent(
            id -> {
              reports.decide(event.municipalityId(), id, PlaceReportStatus.INTERNAL, null, "");
              cache.evictAfterCommit(event.municipalityId());
            });
  }

  /** The place report moderation decided on, if the content is one. */
  private static Optional<PlaceReportId> placeReport(String contentType, UUID contentId) {
    return PlaceReport.CONTENT_TYPE.equals(contentType)
        ? Optional.of(new PlaceReportId(contentId))
        : Optional.empty();
  }
}
