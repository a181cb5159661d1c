package se.trygghetsdialog.place;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An approved campaign report as the public sees it: text, category and date, no position. */
public record CampaignReport(
    PlaceReportId id,
    UUID campaignId,
    UUID categoryId,
    String publicText,
    OffsetDateTime reportedAt) {}
