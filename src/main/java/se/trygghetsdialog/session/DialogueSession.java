package se.trygghetsdialog.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A dialogue session as planned and, once held, what came of it (apart from the counts in {@link
 * Attendance} and the agreements).
 *
 * @param materialLinks the material's addresses, one a line
 * @param attended how many took part; null until recorded
 * @param notesFlagged screening found possible personal data in the notes or agreements: they may
 *     not be sent or shown until edited
 * @param notesPublishedAt when the notes were sent to participants; null before
 */
public record DialogueSession(
    UUID id,
    MunicipalityId municipalityId,
    DialogueId dialogueId,
    SessionFormat format,
    String title,
    String agenda,
    Venue venue,
    String digitalLink,
    String materialLinks,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    @Nullable Integer attended,
    String notes,
    boolean notesFlagged,
    @Nullable OffsetDateTime notesPublishedAt) {

  /** Whether the notes have been sent and may be shown to participants. */
  public boolean notesPublished() {
    return notesPublishedAt != null && !notesFlagged;
  }

  /** Whether the outcome (attendance) has been recorded. */
  public boolean held() {
    return attended != null;
  }

  /** The material links, one per non-blank line. */
  public List<String> materialLinkList() {
    return Arrays.stream(materialLinks.split("\n"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
