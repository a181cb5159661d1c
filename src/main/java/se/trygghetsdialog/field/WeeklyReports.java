package se.trygghetsdialog.field;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Paging;

/** Reads weekly reports. Public callers use {@link #published} and {@link #publishedPage} only. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WeeklyReports {

  /** One page of published reports, newest week first; {@code page} counts from 1. */
  public record Page(List<WeeklyReport> reports, int page, int pages) {}

  private final WeeklyReportRepository reports;

  public Optional<WeeklyReport> find(MunicipalityId municipality, UUID id) {
    return reports.find(municipality, id);
  }

  public Optional<WeeklyReport> ofWeek(EstWeek week) {
    return reports.ofWeek(week.municipalityId(), week.id());
  }

  public Optional<WeeklyReport> published(MunicipalityId municipality, WeekNumber week) {
    return reports.published(municipality, week);
  }

  public Page publishedPage(MunicipalityId municipality, int page, int size) {
    Paging paging =
        new Paging(page, size, reports.countWithStatus(municipality, WeeklyReportStatus.PUBLISHED));
    return new Page(
        reports.withStatus(
            municipality, WeeklyReportStatus.PUBLISHED, paging.offset(), paging.size()),
        paging.page(),
        paging.totalPages());
  }

  /** Reports waiting for editorial approval, newest week first. */
  public List<WeeklyReport> awaitingApproval(MunicipalityId municipality) {
    return reports.withStatus(municipality, WeeklyReportStatus.SUBMITTED, 0, 100);
  }
}
