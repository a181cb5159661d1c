package se.trygghetsdialog.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/** Queries of the notice board. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Notices {

  private final NoticeRepository notices;

  /** Any notice of the municipality, held ones included (the staff pages). */
  public Optional<Notice> find(MunicipalityId municipality, UUID id) {
    return notices.find(municipality, id);
  }

  /** A notice the public may open on {@code today}: on the board or in the archive. */
  public Optional<Notice> visible(MunicipalityId municipality, UUID id, LocalDate today) {
    return notices.find(municipality, id).filter(n -> n.visible(today));
  }

  /** The notices on the board on {@code today}, newest posting first; {@code kind} null for all. */
  public List<Notice> current(
      MunicipalityId municipality,
      LocalDate today,
      @Nullable NoticeKind kind,
      int limit,
      int offset) {
    return notices.current(municipality, today, kind, limit, offset);
  }

  public int countCurrent(MunicipalityId municipality, LocalDate today, @Nullable NoticeKind kind) {
    return notices.countCurrent(municipality, today, kind);
  }

  /** Notices taken down by {@code today} whose title contains {@code search}, latest first. */
  public List<Notice> archive(
      MunicipalityId municipality, LocalDate today, String search, int limit, int offset) {
    return notices.archive(municipality, today, search, limit, offset);
  }

  public int countArchive(MunicipalityId municipality, LocalDate today, String search) {
    return notices.countArchive(municipality, today, search);
  }

  /** Every notice, held ones first, then newest posting first. */
  public List<Notice> all(MunicipalityId municipality, int limit, int offset) {
    return notices.all(municipality, limit, offset);
  }

  public int count(MunicipalityId municipality) {
    return notices.count(municipality);
  }

  /** The wordings corrections of the notice replaced, newest first. */
  public List<NoticeVersion> versions(MunicipalityId municipality, UUID id) {
    return notices.versions(municipality, id);
  }

  /** The notice's PDF, if it has one. */
  public Optional<byte[]> attachment(MunicipalityId municipality, UUID id) {
    return notices.attachment(municipality, id);
  }
}
