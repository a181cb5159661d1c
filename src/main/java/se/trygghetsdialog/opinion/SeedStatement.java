package se.trygghetsdialog.opinion;

import jakarta.validation.constraints.NotBlank;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;

/** The dialogue team writes a statement; it is shown to residents at once. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SeedStatement {

  /** What the team sends with the seed form, bound and validated by Spring MVC. */
  public record Command(@NotBlank(message = "{opinion.error.text.required}") String text) {}

  private final OpinionRepository repository;
  private final ApplicationEventPublisher events;

  /**
   * @throws OpinionRuleViolation if the text is empty or too long
   */
  @Transactional
  public StatementId seed(MunicipalityId municipality, DialogueId dialogue, Command command) {
    return seed(municipality, dialogue, command.text());
  }

  /**
   * @throws OpinionRuleViolation if the text is empty or too long
   */
  @Transactional
  public StatementId seed(MunicipalityId municipality, DialogueId dialogue, String rawText) {
    String text = OpinionPolicy.checkStatementText(rawText);
    repository.ensureConversation(municipality, dialogue);
    int number = repository.reserveStatementNumbers(municipality, dialogue, 1);
    StatementId id = new StatementId(UUID.randomUUID());
    repository.insertStatement(
        new Statement(
            id,
            municipality,
            dialogue,
            number,
            text,
            StatementOrigin.SEEDED,
            StatementVisibility.SHOWN,
            OffsetDateTime.now(),
            false),
        null);
    events.publishEvent(new OpinionChanged(municipality, dialogue));
    return id;
  }
}
