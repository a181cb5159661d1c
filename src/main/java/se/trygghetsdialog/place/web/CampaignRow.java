package se.trygghetsdialog.place.web;

import se.trygghetsdialog.place.Campaign;

/** A campaign in the staff list, with its report link and whether it is open today. */
public record CampaignRow(Campaign campaign, String areaName, String dialogueTitle, boolean open) {}
