package se.trygghetsdialog.place;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.FileKind;

/**
 * Checks an uploaded photo and re-encodes it. The type is sniffed from the content, never trusted
 * from the upload; the declared type must agree with it. Decoding and encoding again drops every
 * metadata block, including the GPS position a phone writes into a JPEG.
 */
public final class PhotoSanitizer {

  /** Larger images are refused before decoding, against decompression bombs. */
  static final long MAX_PIXELS = 40_000_000L;

  private PhotoSanitizer() {}

  /** The image type the bytes start with, or null if neither JPEG nor PNG. */
  static @Nullable String sniff(byte[] bytes) {
    return FileKind.of(bytes).filter(FileKind::image).map(FileKind::contentType).orElse(null);
  }

  /**
   * @param declaredType the content type the browser sent
   * @throws PlaceRuleViolation on field {@code photo} if the file is too large, not a JPEG or PNG,
   *     declared as another type, or cannot be decoded
   */
  public static Photo sanitize(byte[] bytes, @Nullable String declaredType) {
    if (bytes.length > PlacePolicy.MAX_PHOTO_BYTES) {
      throw new PlaceRuleViolation("photo", "place.error.photo.tooLarge");
    }
    String sniffed = sniff(bytes);
    if (sniffed == null) {
      throw new PlaceRuleViolation("photo", "place.error.photo.type");
    }
    String declared = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT).strip();
    if (declared.equals("image/jpg") || declared.equals("image/pjpeg")) {
      declared = "image/jpeg";
    }
    if (!declared.equals(sniffed)) {
      throw new PlaceRuleViolation("photo", "place.error.photo.mismatch");
    }
    BufferedImage image = decode(bytes);
    if (image == null) {
      throw new PlaceRuleViolation("photo", "place.error.photo.invalid");
    }
    boolean png = sniffed.equals("image/png");
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BufferedImage toWrite = png ? image : withoutAlpha(image);
      if (!ImageIO.write(toWrite, png ? "png" : "jpg", out)) {
        throw new PlaceRuleViolation("photo", "place.error.photo.invalid");
      }
      return new Photo(sniffed, out.toByteArray());
    } catch (IOException e) {
      throw new PlaceRuleViolation("photo", "place.error.photo.invalid");
    }
  }

  private static @Nullable BufferedImage decode(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels <= 0 || pixels > MAX_PIXELS) {
          return null;
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static BufferedImage withoutAlpha(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB
        || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
      return image;
    }
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    var g = rgb.createGraphics();
    try {
      g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }
}
