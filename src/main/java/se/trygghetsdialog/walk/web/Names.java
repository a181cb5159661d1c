package se.trygghetsdialog.walk.web;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Display names of categories and organisations by id, for the templates. */
public record Names(Map<UUID, String> categories, Map<UUID, String> organisations) {

  public String category(@Nullable UUID id) {
    return id == null ? "" : categories.getOrDefault(id, "");
  }

  public String organisation(UUID id) {
    return organisations.getOrDefault(id, "");
  }
}
