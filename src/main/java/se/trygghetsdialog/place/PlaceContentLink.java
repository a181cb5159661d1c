package se.trygghetsdialog.place;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.moderation.ContentLink;

/** Links a queue item to the staff page of the place report (position, category, photo). */
@Component
class PlaceContentLink implements ContentLink {

  @Override
  public String contentType() {
    return PlaceReport.CONTENT_TYPE;
  }

  @Override
  public String staffPath(UUID contentId) {
    return "/personal/platsrapporter/" + contentId;
  }
}
