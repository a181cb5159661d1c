package se.trygghetsdialog.perspective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * The dialogue team defines the themes perspectives are tagged with: defines, edits, archives and
 * restores them. The caller has checked {@link PerspectivePolicy#mayEdit}; every change is audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DefineThemes {

  /** The theme form. */
  public record Command(
      @NotBlank(message = "{perspective.theme.error.name.required}")
          @Size(
              max = PerspectivePolicy.MAX_NAME,
              message = "{perspective.theme.error.name.tooLong}")
          String name,
      @Nullable
          @Size(
              max = PerspectivePolicy.MAX_DESCRIPTION,
              message = "{perspective.theme.error.description.tooLong}")
          String description) {

    String descriptionText() {
      return description == null ? "" : description.strip();
    }
  }

  private final PerspectiveRepository repository;
  private final ApplicationEventPublisher events;

  /**
   * @throws PerspectiveRuleViolation if the dialogue already has a theme of that name
   */
  @Transactional
  public UUID define(MunicipalityId m, DialogueId dialogue, UUID actor, Command command) {
    String name = command.name().strip();
    if (repository.themeNameTaken(m, dialogue.value(), name, null)) {
      throw new PerspectiveRuleViolation("name", "perspective.theme.error.name.taken");
    }
    UUID id = UUID.randomUUID();
    repository.insertTheme(m, id, dialogue.value(), name, command.descriptionText());
    events.publishEvent(
        new PerspectiveChanged(m, id, actor, PerspectiveChanged.Change.THEME_DEFINED));
    return id;
  }

  /**
   * @throws PerspectiveRuleViolation if another theme of the dialogue has that name
   */
  @Transactional
  public void edit(MunicipalityId m, Theme theme, UUID actor, Command command) {
    String name = command.name().strip();
    if (repository.themeNameTaken(m, theme.dialogueId(), name, theme.id())) {
      throw new PerspectiveRuleViolation("name", "perspective.theme.error.name.taken");
    }
    repository.updateTheme(m, theme.id(), name, command.descriptionText());
    events.publishEvent(
        new PerspectiveChanged(m, theme.id(), actor, PerspectiveChanged.Change.THEME_EDITED));
  }

  /** Archives the theme (it tags no new perspectives) or restores it; nothing if already so. */
  @Transactional
  public void archive(MunicipalityId m, UUID themeId, UUID actor, boolean archived) {
    Theme theme = repository.theme(m, themeId).orElseThrow(() -> new NotFoundException("theme"));
    if (theme.archived() == archived) {
      return;
    }
    repository.archiveTheme(m, themeId, archived);
    events.publishEvent(
        new PerspectiveChanged(
            m,
            themeId,
            actor,
            archived
                ? PerspectiveChanged.Change.THEME_ARCHIVED
                : PerspectiveChanged.Change.THEME_RESTORED));
  }
}
