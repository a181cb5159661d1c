package se.trygghetsdialog.field.web;

import jakarta.validation.Valid;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.field.CloseEstWeek;
import se.trygghetsdialog.field.DraftWeeklyReport;
import se.trygghetsdialog.field.UpdateEstChecklist;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The coordinator's EST week page with its figures (counts only), the week's checklist, closing the
 * week and creating its weekly report.
 */
@Controller
@RequestMapping("/personal/est/{year}/{week}")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EstWeekController {

  private final UpdateEstChecklist updateChecklist;
  private final CloseEstWeek closeWeek;
  private final DraftWeeklyReport draftReport;
  private final EstWeekPages pages;

  @GetMapping
  String show(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      WebPage page) {
    return pages.render(
        pages.find(municipality, year, week),
        EstWeekPages.Forms.fresh(),
        FormErrors.none(),
        EstForms.viewer(),
        page);
  }

  @PostMapping("/checklista")
  String checklist(
      EstWeekPages.Post post,
      @Valid UpdateEstChecklist.Command command,
      BindingResult binding,
      WebPage page) {
    return pages.submit(
        post,
        binding,
        new EstWeekPages.Forms(
            command == null ? null : command.entries(), WeekActionForm.blank(), Map.of()),
        EstWeekPages::checklistErrors,
        () -> updateChecklist.update(post.week(), command, post.staff()),
        "field.week.notice.checklist",
        "#checklista",
        page);
  }

  @PostMapping("/avsluta")
  String close(EstWeekPages.Post post, WebPage page) {
    return pages.decide(post, closeWeek::close, "field.week.notice.closed", "", page);
  }

  /**
   * Creates the week's weekly report (pre-filled) and opens it; a closed week shows its page with
   * the refusal and a 400.
   */
  @PostMapping("/veckorapport")
  String createReport(EstWeekPages.Post post, WebPage page) {
    return pages.decide(
        post, draftReport::create, "field.weekly.notice.created", "/veckorapport", page);
  }
}
