package se.trygghetsdialog.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file sent with an import form, as its converter reads it: the name as the browser sent it
 * (without line breaks; {@code unnamed} when it sent none) for the errors, and the bytes.
 */
public record UploadedFile(String name, byte[] bytes) {

  /**
   * The file; null when no file was chosen.
   *
   * @throws RuntimeException the one {@code tooLarge} gives if the file has more than {@code
   *     maxBytes}
   */
  public static @Nullable UploadedFile of(
      MultipartFile file,
      long maxBytes,
      String unnamed,
      Supplier<? extends RuntimeException> tooLarge) {
    if (file.isEmpty()) {
      return null;
    }
    if (file.getSize() > maxBytes) {
      throw tooLarge.get();
    }
    String name =
        Objects.requireNonNullElse(file.getOriginalFilename(), "").replaceAll("[\\r\\n]", "");
    try {
      return new UploadedFile(name.isBlank() ? unnamed : name, file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
