package se.trygghetsdialog.walk.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.web.TypedForm;

/**
 * One protocol point as typed on the phone. {@code confirmScreened} is yes when the walker has
 * checked texts that screening flagged and records them anyway.
 */
public record WalkPointForm(
    @Nullable String clientId,
    @Nullable String latitude,
    @Nullable String longitude,
    @Nullable String placeName,
    @Nullable String categoryId,
    @Nullable String safety,
    @Nullable String observation,
    @Nullable String proposedAction,
    @Nullable String ownerId,
    @Nullable String priority,
    @Nullable String deadline,
    @Nullable String confirmScreened)
    implements TypedForm {

  static WalkPointForm blank(String clientId, String deadline) {
    return new WalkPointForm(clientId, "", "", "", "", "", "", "", "", "MEDIUM", deadline, "");
  }

  WalkPointForm at(String latitude, String longitude, String placeName) {
    return new WalkPointForm(
        clientId,
        latitude,
        longitude,
        placeName,
        categoryId,
        safety,
        observation,
        proposedAction,
        ownerId,
        priority,
        deadline,
        confirmScreened);
  }

  public boolean confirmsScreened() {
    return "yes".equals(confirmScreened);
  }
}
