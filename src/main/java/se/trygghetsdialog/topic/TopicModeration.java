package se.trygghetsdialog.topic;

import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.moderation.ContentApproved;
import se.trygghetsdialog.moderation.ContentKeptInternal;
import se.trygghetsdialog.moderation.ContentLink;
import se.trygghetsdialog.moderation.ContentRejected;

/**
 * A resident's topic proposal in the moderation queue: shown with the moderator's public text once
 * approved (title on the first line), hidden otherwise. Moderators reach the staff page of the
 * topic from the queue.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicModeration implements ContentLink {

  private final TopicRepository topics;

  @Override
  public String contentType() {
    return Topic.CONTENT_TYPE;
  }

  @Override
  public String staffPath(UUID contentId) {
    return "/personal/amnen/" + contentId;
  }

  @ApplicationModuleListener
  void on(ContentApproved event) {
    if (Topic.CONTENT_TYPE.equals(event.contentType())) {
      String[] text = ProposeTopic.split(event.publicText());
      topics.moderate(
          event.municipalityId(), event.contentId(), TopicVisibility.SHOWN, text[0], text[1]);
    }
  }

  @ApplicationModuleListener
  void on(ContentRejected event) {
    if (Topic.CONTENT_TYPE.equals(event.contentType())) {
      topics.moderate(event.municipalityId(), event.contentId(), TopicVisibility.HIDDEN, "", "");
    }
  }

  @ApplicationModuleListener
  void on(ContentKeptInternal event) {
    if (Topic.CONTENT_TYPE.equals(event.contentType())) {
      topics.moderate(event.municipalityId(), event.contentId(), TopicVisibility.HIDDEN, "", "");
    }
  }
}
