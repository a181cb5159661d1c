package se.trygghetsdialog.walk.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.web.TypedForm;

/** The plan form as typed: kept as strings so nothing typed is lost on an error. */
public record WalkPlanForm(
    @Nullable String title,
    @Nullable String areaId,
    @Nullable String description,
    @Nullable String meeting1Date,
    @Nullable String meeting1Time,
    @Nullable String meeting1Place,
    @Nullable String meeting2Date,
    @Nullable String meeting2Time,
    @Nullable String meeting2Place,
    @Nullable String meeting3Date,
    @Nullable String meeting3Time,
    @Nullable String meeting3Place,
    @Nullable List<String> invitees,
    @Nullable String maxWalkers,
    @Nullable String stops,
    @Nullable String dialogueId,
    @Nullable String previousWalkId,
    @Nullable String creationToken)
    implements TypedForm {

  static WalkPlanForm blank(@Nullable String previousWalkId) {
    return new WalkPlanForm(
        "",
        "",
        "",
        "",
        "18:00",
        "",
        "",
        "18:00",
        "",
        "",
        "18:00",
        "",
        List.of(),
        "20",
        "",
        "",
        previousWalkId == null ? "" : previousWalkId,
        UUID.randomUUID().toString());
  }

  public boolean invited(String organisationId) {
    return invitees != null && invitees.contains(organisationId);
  }
}
