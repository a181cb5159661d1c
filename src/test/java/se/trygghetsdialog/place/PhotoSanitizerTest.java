package se.trygghetsdialog.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoSanitizerTest {

  static byte[] encode(String format, int type) throws IOException {
    BufferedImage image = new BufferedImage(64, 48, type);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /** A JPEG with an EXIF block right after the start marker, carrying a GPS-like marker text. */
  static byte[] jpegWithExif(String secret) throws IOException {
    byte[] jpeg = encode("jpg", BufferedImage.TYPE_INT_RGB);
    byte[] payload = ("Exif\0\0" + secret).getBytes(StandardCharsets.ISO_8859_1);
    int length = payload.length + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.write(payload);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  static boolean contains(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
  }

  @Test
  void reEncodesAJpegWithoutItsMetadata() throws IOException {
    byte[] upload = jpegWithExif("GPSLatitude 58.2770 SECRET");
    assertThat(contains(upload, "GPSLatitude")).isTrue();
    Photo photo = PhotoSanitizer.sanitize(upload, "image/jpeg");
    assertThat(photo.contentType()).isEqualTo("image/jpeg");
    assertThat(contains(photo.bytes(), "GPSLatitude")).isFalse();
    assertThat(contains(photo.bytes(), "Exif")).isFalse();
    assertThat(ImageIO.read(new ByteArrayInputStream(photo.bytes())).getWidth()).isEqualTo(64);
  }

  @Test
  void keepsAPngAPng() throws IOException {
    Photo photo = PhotoSanitizer.sanitize(encode("png", BufferedImage.TYPE_INT_ARGB), "image/png");
    assertThat(photo.contentType()).isEqualTo("image/png");
    assertThat(PhotoSanitizer.sniff(photo.bytes())).isEqualTo("image/png");
  }

  @Test
  void sniffsTheTypeFromTheContentNotTheName() throws IOException {
    assertThat(PhotoSanitizer.sniff(encode("jpg", BufferedImage.TYPE_INT_RGB)))
        .isEqualTo("image/jpeg");
    assertThat(PhotoSanitizer.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isNull();
  }

  @Test
  void refusesOtherTypesMismatchesBrokenImagesAndOversizedFiles() throws IOException {
    assertThatThrownBy(
            () ->
                PhotoSanitizer.sanitize(
                    "GIF89a....".getBytes(StandardCharsets.US_ASCII), "image/gif"))
        .hasMessage("place.error.photo.type");
    assertThatThrownBy(
            () -> PhotoSanitizer.sanitize(encode("png", BufferedImage.TYPE_INT_RGB), "image/jpeg"))
        .hasMessage("place.error.photo.mismatch");
    byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3};
    assertThatThrownBy(() -> PhotoSanitizer.sanitize(broken, "image/jpeg"))
        .hasMessage("place.error.photo.invalid");
    byte[] big = new byte[(int) PlacePolicy.MAX_PHOTO_BYTES + 1];
    assertThatThrownBy(() -> PhotoSanitizer.sanitize(big, "image/jpeg"))
        .hasMessage("place.error.photo.tooLarge");
  }
}
