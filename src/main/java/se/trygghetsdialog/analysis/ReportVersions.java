package se.trygghetsdialog.analysis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/** Reads the frozen versions of a dialogue's reports, which are public. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportVersions {

  /** A frozen version as a list shows it. */
  public record Summary(UUID dialogueId, ReportKind kind, int number, OffsetDateTime frozenAt) {

    public String path() {
      return ReportVersions.path(dialogueId, kind, number);
    }
  }

  private final AnalysisRepository repository;

  /** The public path of a frozen version; its PDF adds {@code .pdf}. */
  public static String path(UUID dialogue, ReportKind kind, int number) {
    return "/dialoger/" + dialogue + "/underlag/" + kind.slug() + "/" + number;
  }

  /** The dialogue's frozen versions: the compiled perspectives reports first, newest first. */
  @Transactional(readOnly = true)
  public List<Summary> of(MunicipalityId m, UUID dialogue) {
    return repository.list(m, dialogue).stream()
        .map(l -> new Summary(dialogue, l.kind(), l.number(), l.frozenAt()))
        .toList();
  }

  /** The number the next frozen version of {@code kind} gets. */
  @Transactional(readOnly = true)
  public int nextNumber(MunicipalityId m, UUID dialogue, ReportKind kind) {
    return repository.nextNumber(m, dialogue, kind);
  }

  @Transactional(readOnly = true)
  public Optional<FrozenReport> find(MunicipalityId m, UUID dialogue, ReportKind kind, int number) {
    return repository.find(m, dialogue, kind, number);
  }

  /** The tagged PDF stored when the version was frozen. */
  @Transactional(readOnly = true)
  public Optional<byte[]> pdf(MunicipalityId m, UUID dialogue, ReportKind kind, int number) {
    return repository.pdf(m, dialogue, kind, number);
  }
}
