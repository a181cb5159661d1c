package se.trygghetsdialog.tenancy;

import jakarta.validation.constraints.NotNull;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.shared.FileKind;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An administrator uploads or removes the municipality's logo. Only PNG and JPEG are taken,
 * recognised by their content rather than their name, at most {@link #MAX_BYTES} and {@link
 * #MAX_SIDE} pixels a side; the image is decoded and written again, so nothing but its pixels is
 * kept (no metadata, nothing hidden after the image).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeLogo {

  public static final int MAX_BYTES = 512 * 1024;
  static final int MAX_SIDE = 2000;

  /** The logo form: one file. */
  public record Command(@NotNull(message = "{tenancy.error.logo.missing}") MultipartFile logo) {}

  private final SettingsRepository repository;
  private final MunicipalityProfiles profiles;
  private final ApplicationEventPublisher events;

  /**
   * Stores the uploaded logo.
   *
   * @throws TenancyRuleViolation on field {@code logo} when the file is empty, too large or not a
   *     PNG or JPEG image
   */
  @Transactional
  public void upload(MunicipalityId municipality, @Nullable UUID actor, Command command) {
    MultipartFile file = command.logo();
    if (file.isEmpty()) {
      throw new TenancyRuleViolation("logo", "tenancy.error.logo.missing");
    }
    if (file.getSize() > MAX_BYTES) {
      throw new TenancyRuleViolation("logo", "tenancy.error.logo.large", MAX_BYTES / 1024);
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new TenancyRuleViolation("logo", "tenancy.error.logo.notImage");
    }
    if (bytes.length > MAX_BYTES) {
      throw new TenancyRuleViolation("logo", "tenancy.error.logo.large", MAX_BYTES / 1024);
    }
    String format =
        FileKind.of(bytes)
            .filter(FileKind::image)
            .map(k -> k == FileKind.PNG ? "png" : "jpeg")
            .orElseThrow(() -> new TenancyRuleViolation("logo", "tenancy.error.logo.notImage"));
    byte[] clean = reencode(bytes, format);
    boolean had = profiles.of(municipality).hasLogo();
    repository.saveLogo(municipality, clean, "image/" + format);
    events.publishEvent(
        new SettingChanged(
            municipality,
            actor,
            "profile.logo",
            had ? "logo" : "",
            "image/" + format + ", " + clean.length + " bytes"));
  }

  /** Removes the logo; the public pages show the product's own mark again. */
  @Transactional
  public void remove(MunicipalityId municipality, @Nullable UUID actor) {
    if (profiles.of(municipality).hasLogo()) {
      repository.removeLogo(municipality);
      events.publishEvent(new SettingChanged(municipality, actor, "profile.logo", "logo", ""));
    }
  }

  /** Reads the size before decoding, so that a small file cannot claim a huge image. */
  private static byte[] reencode(byte[] bytes, String format) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
      if (in == null || !readers.hasNext()) {
        throw new TenancyRuleViolation("logo", "tenancy.error.logo.notImage");
      }
      ImageReader reader = readers.next();
      BufferedImage image;
      try {
        reader.setInput(in, true, true);
        if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
          throw new TenancyRuleViolation("logo", "tenancy.error.logo.dimensions", MAX_SIDE);
        }
        image = reader.read(0);
      } finally {
        reader.dispose();
      }
      BufferedImage out = image;
      if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
        out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(image, 0, 0, null);
      }
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      if (!ImageIO.write(out, format, written)) {
        throw new TenancyRuleViolation("logo", "tenancy.error.logo.notImage");
      }
      return written.toByteArray();
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new TenancyRuleViolation("logo", "tenancy.error.logo.notImage");
    }
  }
}
