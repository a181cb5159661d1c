package se.trygghetsdialog.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A notice on the board as it reads now.
 *
 * @param meetingDate for an adjusted protocol: the day of the meeting, else null
 * @param adjustedOn for an adjusted protocol: the day it was adjusted, else null
 * @param protocolLocation for an adjusted protocol: where it is kept, else empty
 * @param postedOn the first day the notice is on the board
 * @param removedOn the first day it is no longer on the board
 * @param sourceReference what the notice comes from when another module posted it, else empty
 * @param flags what screening found in its texts when they were last saved
 * @param held posted by another module with a flagged text and not yet checked by staff: shown
 *     nowhere
 * @param attachmentName the file name of its PDF, or null without one
 * @param correctedAt when it was last corrected, or null
 */
public record Notice(
    UUID id,
    MunicipalityId municipalityId,
    NoticeKind kind,
    String title,
    String text,
    @Nullable LocalDate meetingDate,
    @Nullable LocalDate adjustedOn,
    String protocolLocation,
    LocalDate postedOn,
    LocalDate removedOn,
    String sourceReference,
    Set<PersonalDataKind> flags,
    boolean held,
    @Nullable String attachmentName,
    @Nullable OffsetDateTime correctedAt,
    OffsetDateTime createdAt,
    int version) {

  /** Whether the public may see it on {@code today}'s board. */
  public boolean current(LocalDate today) {
    return !held && !postedOn.isAfter(today) && today.isBefore(removedOn);
  }

  /** Whether it has been taken down by {@code today} (and so is in the archive). */
  public boolean removed(LocalDate today) {
    return !held && !today.isBefore(removedOn);
  }

  /** Whether the public may open it: on the board now or in the archive. */
  public boolean visible(LocalDate today) {
    return current(today) || removed(today);
  }

  /** The last day it is on the board. */
  public LocalDate lastDay() {
    return removedOn.minusDays(1);
  }

  public boolean protocol() {
    return kind == NoticeKind.PROTOCOL_ADJUSTED;
  }

  public boolean flagged() {
    return !flags.isEmpty();
  }
}
