package se.trygghetsdialog.place;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * A resident who was about to report a problem already reported agrees with the existing report
 * instead: its counter goes up and no new report is stored.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgreeWithReport {

  private final PlaceReportRepository reports;

  /**
   * @throws NotFoundException if the report does not exist or is no longer open
   */
  @Transactional
  public void agree(MunicipalityId municipality, PlaceReportId id) {
    if (!reports.agree(municipality, id)) {
      throw new NotFoundException("report");
    }
  }
}
