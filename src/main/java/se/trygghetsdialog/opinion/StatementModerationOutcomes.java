package se.trygghetsdialog.opinion;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.moderation.ContentApproved;
import se.trygghetsdialog.moderation.ContentKeptInternal;
import se.trygghetsdialog.moderation.ContentRejected;

/** Shows a resident's statement with its public text once approved; hides it otherwise. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatementModerationOutcomes {

  private final OpinionRepository repository;
  private final ApplicationEventPublisher events;

  @ApplicationModuleListener
  void on(ContentApproved event) {
    if (Statement.CONTENT_TYPE.equals(event.contentType())) {
      decide(
          event.municipalityId(), event.contentId(), StatementVisibility.SHOWN, event.publicText());
    }
  }

  @ApplicationModuleListener
  void on(ContentRejected event) {
    if (Statement.CONTENT_TYPE.equals(event.contentType())) {
      // The resident reads the reason through the statement's private link.
      repository.recordRejection(
          event.municipalityId(), new StatementId(event.contentId()), event.reason());
      decide(event.municipalityId(), event.contentId(), StatementVisibility.HIDDEN, null);
    }
  }

  @ApplicationModuleListener
  void on(ContentKeptInternal event) {
    if (Statement.CONTENT_TYPE.equals(event.contentType())) {
      decide(event.municipalityId(), event.contentId(), StatementVisibility.HIDDEN, null);
    }
  }

  private void decide(
      se.trygghetsdialog.shared.MunicipalityId municipality,
      java.util.UUID contentId,
      StatementVisibility visibility,
      @org.jspecify.annotations.Nullable String publicText) {
    StatementId id = new StatementId(contentId);
    repository
        .statement(municipality, id)
        .ifPresent(
            s -> {
              repository.updateVisibility(municipality, id, visibility, publicText);
              events.publishEvent(new OpinionChanged(municipality, s.dialogueId()));
            });
  }
}
