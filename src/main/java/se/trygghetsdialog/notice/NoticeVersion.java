package se.trygghetsdialog.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The wording a correction replaced, kept in the archive.
 *
 * @param version the notice's version this wording was
 * @param replacedAt when the correction replaced it
 */
public record NoticeVersion(
    int version,
    String title,
    String text,
    @Nullable LocalDate meetingDate,
    @Nullable LocalDate adjustedOn,
    String protocolLocation,
    LocalDate removedOn,
    OffsetDateTime replacedAt) {}
