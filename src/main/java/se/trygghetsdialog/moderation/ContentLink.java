package se.trygghetsdialog.moderation;

import java.util.UUID;

/**
 * Implemented by a content module to give moderators a link to the full item (place, photo,
 * context) from the queue. Moderation knows nothing else about the content.
 */
public interface ContentLink {

  /** The content type this link is for, as in {@link ContentSubmitted#contentType()}. */
  String contentType();

  /** The staff page of one item. */
  String staffPath(UUID contentId);
}
