package se.trygghetsdialog.place;

import java.util.UUID;

public record PlaceReportId(UUID value) {
  @Override
  public String toString() {
    return value.toString();
  }
}
