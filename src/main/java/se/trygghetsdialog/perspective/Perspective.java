package se.trygghetsdialog.perspective;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A perspective heard in a contact, stored apart from any person. Channel, date and area come from
 * the contact. A flagged text (screening found possible personal data) is shown unmasked only on
 * the team's own pages: {@link #publicText()} is the masked text then.
 *
 * @param minority a minority perspective the team wants the decision-makers to see
 * @param dissent a dissenting voice (nej-röst)
 */
public record Perspective(
    UUID id,
    UUID dialogueId,
    UUID contactId,
    PerspectiveKind kind,
    String text,
    String maskedText,
    boolean flagged,
    boolean minority,
    boolean dissent,
    Set<UUID> themeIds,
    Channel channel,
    LocalDate date,
    @Nullable UUID areaId,
    int version) {

  public Perspective {
    themeIds = Set.copyOf(themeIds);
  }

  /** The text as it may be shown outside the team's pages: masked when flagged. */
  public String publicText() {
    return flagged ? maskedText : text;
  }
}
