package se.trygghetsdialog.place;

/** A photo ready to store: re-encoded, so no metadata (EXIF, GPS) of the upload survives. */
public record Photo(String contentType, byte[] bytes) {}
