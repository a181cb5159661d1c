package se.trygghetsdialog.survey;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/** A safety survey: its questions and rounds are kept apart. */
public record Survey(
    UUID id, MunicipalityId municipalityId, String title, String intro, OffsetDateTime createdAt) {}
