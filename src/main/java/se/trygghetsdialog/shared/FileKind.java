package se.trygghetsdialog.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The kinds of file the product takes from an upload, recognised by their content (magic bytes and,
 * for office documents, the parts inside the zip container), never by the name or the type the
 * browser declared.
 */
public enum FileKind {
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
  ODT("application/vnd.oasis.opendocument.text", "odt"),
  ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
  ODP("application/vnd.oasis.opendocument.presentation", "odp");

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  /** A zip container with more entries than this is not taken as an office document. */
  private static final int MAX_ZIP_ENTRIES = 10_000;

  private final String contentType;
  private final String extension;

  FileKind(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The media type to serve the file with. */
  public String contentType() {
    return contentType;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether it is a PNG or JPEG image. */
  public boolean image() {
    return this == PNG || this == JPEG;
  }

  /** The kind the bytes are, if any of these. */
  public static Optional<FileKind> of(byte[] bytes) {
    if (startsWith(bytes, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(bytes, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, ZIP_MAGIC)) {
      return office(bytes);
    }
    return Optional.empty();
  }

  /** Whether the bytes start with {@code magic}. */
  public static boolean startsWith(byte[] bytes, byte[] magic) {
    return bytes.length >= magic.length
        && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }

  /**
   * An Office Open XML or OpenDocument file by the parts its zip container holds. Only the zip's
   * directory is read (and the few bytes of an OpenDocument's mimetype part), never a whole part,
   * so a zip bomb costs nothing.
   */
  private static Optional<FileKind> office(byte[] bytes) {
    Path file = null;
    try {
      file = Files.createTempFile("upload", ".zip");
      Files.write(file, bytes);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        if (zip.size() > MAX_ZIP_ENTRIES) {
          return Optional.empty();
        }
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype != null) {
          try (InputStream in = zip.getInputStream(mimetype)) {
            String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
            return Arrays.stream(new FileKind[] {ODT, ODS, ODP})
                .filter(k -> k.contentType.equals(type))
                .findFirst();
          }
        }
        if (zip.getEntry("[Content_Types].xml") == null) {
          return Optional.empty();
        }
        if (zip.getEntry("word/document.xml") != null) {
          return Optional.of(DOCX);
        }
        if (zip.getEntry("xl/workbook.xml") != null) {
          return Optional.of(XLSX);
        }
        if (zip.getEntry("ppt/presentation.xml") != null) {
          return Optional.of(PPTX);
        }
        return Optional.empty();
      }
    } catch (ZipException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // A temporary file left behind is removed with the temporary directory.
        }
      }
    }
  }
}
