package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.place.AgreeWithReport;
import se.trygghetsdialog.place.PlaceReportId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.WebPage;

/** Agreeing with a report already made, offered when a new report seems to be a duplicate. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceAgreeController {

  private final AgreeWithReport agreeWithReport;
  private final AnonymousRateLimiter limiter;

  /** An unknown or closed report answers 404; one agreement a client, report and day counts. */
  @PostMapping("/rapportera/hall-med")
  String agree(
      MunicipalityId municipality,
      @RequestParam(name = "reportId", required = false) @Nullable UUID reportId,
      HttpServletRequest request,
      WebPage page) {
    limiter.require(request, PlaceReportPages.RATE_LIMITED_ACTION);
    if (reportId == null) {
      throw new NotFoundException("report");
    }
    if (limiter.firstToday(request, "place-agree/" + reportId)) {
      agreeWithReport.agree(municipality, new PlaceReportId(reportId));
    }
    return page.redirect("place.notice.agreed", "/rapportera");
  }
}
