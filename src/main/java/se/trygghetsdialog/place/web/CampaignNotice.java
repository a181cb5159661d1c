package se.trygghetsdialog.place.web;

/**
 * The campaign on the report form: {@code id} and {@code topic} while it is open; otherwise a
 * message key (closed or unknown campaign) and the report is made without it.
 */
public record CampaignNotice(String id, String topic, String messageKey) {

  static final CampaignNotice NONE = new CampaignNotice("", "", "");
}
