package se.trygghetsdialog.walk.web;

import org.jspecify.annotations.Nullable;

/** One protocol point as typed on the phone. */
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
    @Nullable String deadline) {

  static WalkPointForm blank(String clientId, String deadline) {
    return new WalkPointForm(clientId, "", "", "", "", "", "", "", "", "MEDIUM", deadline);
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
        deadline);
  }

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}
