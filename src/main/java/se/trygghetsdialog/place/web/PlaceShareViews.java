package se.trygghetsdialog.place.web;

import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.place.PlaceSharing;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;

/** View models of the page that shares a place report with another organisation. */
public final class PlaceShareViews {

  private PlaceShareViews() {}

  /** The share page: who has the report now, its shares, and the form. */
  public record SharePage(
      UUID reportId,
      String publicText,
      List<String> assigned,
      List<ShareRow> shares,
      List<Option> organisations,
      String reason,
      FormErrors errors) {}

  /** One share, with the organisation's name. */
  public record ShareRow(UUID organisationId, String organisation, PlaceSharing.Share share) {}

  /** The share form as typed. */
  public record ShareForm(String organisationId, String reason) {
    public ShareForm {
      organisationId = organisationId == null ? "" : organisationId;
      reason = reason == null ? "" : reason;
    }
  }
}
