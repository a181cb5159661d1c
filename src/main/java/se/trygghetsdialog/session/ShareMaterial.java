package se.trygghetsdialog.session;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.FileKind;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * The dialogue team shares files with a session's participants: they are listed on the material
 * page and downloaded from it. Only PDF, PNG and JPEG images and office documents (Word, Excel,
 * PowerPoint, OpenDocument) are taken, recognised by their content, at most {@link #MAX_BYTES} each
 * and {@link #MAX_FILES} a session. A file name that seems to hold personal data is refused: the
 * material page needs no sign-in.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ShareMaterial {

  /** The largest file taken, below the upload limit of the whole request. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  /** The most files one session may have. */
  public static final int MAX_FILES = 20;

  /** The longest file name kept. */
  static final int MAX_NAME = 150;

  /**
   * An uploaded file.
   *
   * @param name the file's name as the browser sent it, without any folder, screened once
   */
  public record Upload(ScreenedText name, byte[] bytes) {}

  /** The upload form, bound and validated by Spring MVC. */
  public record Command(@NotNull(message = "{session.error.material.none}") Upload file) {}

  /** A file to download: what it is and its bytes. */
  public record Download(SessionMaterial file, byte[] content) {}

  private final SessionMaterialRepository files;
  private final ApplicationEventPublisher events;

  /**
   * Adds the form's file to the session.
   *
   * @throws SessionRuleViolation on {@code file} when it is empty, too large, of a kind not taken,
   *     its name seems to hold personal data, or the session has {@link #MAX_FILES} files
   */
  @Transactional
  public SessionMaterial upload(DialogueSession session, UUID actor, Command command) {
    Upload upload = command.file();
    byte[] bytes = upload.bytes();
    if (bytes.length == 0) {
      throw new SessionRuleViolation("file", "session.error.material.none");
    }
    if (bytes.length > MAX_BYTES) {
      throw new SessionRuleViolation(
          "file", "session.error.material.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    FileKind kind =
        FileKind.of(bytes)
            .orElseThrow(() -> new SessionRuleViolation("file", "session.error.material.kind"));
    if (upload.name().flagged()) {
      throw new SessionRuleViolation("file", "session.error.material.personalData");
    }
    if (files.count(session.municipalityId(), session.id()) >= MAX_FILES) {
      throw new SessionRuleViolation("file", "session.error.material.tooMany", MAX_FILES);
    }
    SessionMaterial file =
        new SessionMaterial(
            UUID.randomUUID(),
            session.id(),
            fileName(upload.name().text(), kind),
            kind,
            bytes.length,
            OffsetDateTime.now());
    files.insert(session.municipalityId(), file, bytes);
    events.publishEvent(
        new SessionChanged(
            session.municipalityId(), session.id(), actor, SessionChanged.Change.MATERIAL_ADDED));
    return file;
  }

  /** Removes a file of the session; an unknown one is not found. */
  @Transactional
  public void remove(DialogueSession session, UUID actor, UUID file) {
    if (!files.delete(session.municipalityId(), session.id(), file)) {
      throw new NotFoundException("session material");
    }
    events.publishEvent(
        new SessionChanged(
            session.municipalityId(), session.id(), actor, SessionChanged.Change.MATERIAL_REMOVED));
  }

  /** The session's files, oldest first. */
  @Transactional(readOnly = true)
  public List<SessionMaterial> of(DialogueSession session) {
    return files.of(session.municipalityId(), session.id());
  }

  /** A file of the session with its content. */
  @Transactional(readOnly = true)
  public Optional<Download> download(DialogueSession session, UUID file) {
    return files
        .find(session.municipalityId(), session.id(), file)
        .flatMap(
            f ->
                files
                    .content(session.municipalityId(), session.id(), file)
                    .map(bytes -> new Download(f, bytes)));
  }

  /**
   * The name the file is downloaded under: without control characters, at most {@link #MAX_NAME}
   * characters, ending in its kind's extension (added when the sent name had another).
   */
  static String fileName(String sent, FileKind kind) {
    String name = sent.replaceAll("[\\p{Cntrl}\\\\/:*?<>|]", "_").strip();
    String lower = name.toLowerCase(Locale.ROOT);
    boolean fits =
        lower.endsWith("." + kind.extension())
            || (kind == FileKind.JPEG && lower.endsWith(".jpeg"));
    String base = name.isEmpty() ? "material" : name;
    String extension = fits ? "" : "." + kind.extension();
    int room = MAX_NAME - extension.length();
    if (base.length() > room) {
      base = fits ? base.substring(base.length() - room) : base.substring(0, room);
    }
    return base + extension;
  }
}
