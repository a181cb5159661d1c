package se.trygghetsdialog.walk.web;

import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.walk.WalkPointSharing;

/** View models of the page that shares a walk point with another organisation. */
public final class WalkShareViews {

  private WalkShareViews() {}

  /**
   * The share page: the point, its owner, its shares and the form.
   *
   * @param point the point's category and proposed action
   */
  public record SharePage(
      UUID walkId,
      String walkTitle,
      UUID pointId,
      String point,
      String owner,
      List<ShareRow> shares,
      List<Option> organisations,
      String reason,
      FormErrors errors) {}

  /** One share, with the organisation's name. */
  public record ShareRow(String organisation, WalkPointSharing.Share share) {}

  /** The share form as typed. */
  public record ShareForm(String organisationId, String reason) {
    public ShareForm {
      organisationId = organisationId == null ? "" : organisationId;
      reason = reason == null ? "" : reason;
    }
  }
}
