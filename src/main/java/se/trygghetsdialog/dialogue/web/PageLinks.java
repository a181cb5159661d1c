package se.trygghetsdialog.dialogue.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import se.trygghetsdialog.dialogue.DialogueStatus;

/** Builds filter query strings for pagination links. */
final class PageLinks {
  private PageLinks() {}

  static String query(@Nullable DialogueStatus status, @Nullable UUID area) {
    UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
    if (status != null) {
      builder.queryParam("status", status.name());
    }
    if (area != null) {
      builder.queryParam("omrade", area.toString());
    }
    String query = builder.build().getQuery();
    return query == null ? "" : query + "&";
  }
}
