package se.trygghetsdialog.tenancy;

import java.time.OffsetDateTime;

/**
 * A municipality's logo as stored: a PNG or JPEG image, decoded and written again on upload.
 *
 * @param contentType {@code image/png} or {@code image/jpeg}
 */
public record Logo(byte[] bytes, String contentType, OffsetDateTime changedAt) {}
