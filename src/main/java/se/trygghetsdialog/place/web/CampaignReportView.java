package se.trygghetsdialog.place.web;

import se.trygghetsdialog.place.CampaignReport;

/** A campaign report on the dialogue's public page, with its category's name. */
public record CampaignReportView(CampaignReport report, String categoryName) {}
