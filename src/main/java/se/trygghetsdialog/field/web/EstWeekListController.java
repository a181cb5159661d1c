package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.EstWeeks;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.StartEstWeek;
import se.trygghetsdialog.field.WeekNumber;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;

/** The coordinator's list of EST weeks and starting a week. */
@Controller
@RequestMapping("/personal/est")
class EstWeekListController {

  private final EstWeeks weeks;
  private final StartEstWeek startWeek;
  private final EstWeekPages pages;

  EstWeekListController(EstWeeks weeks, StartEstWeek startWeek, EstWeekPages pages) {
    this.weeks = weeks;
    this.startWeek = startWeek;
    this.pages = pages;
  }

  static final int PAGE_SIZE = 10;

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = EstForms.viewer();
    WeekNumber last = WeekNumber.of(LocalDate.now(WeekNumber.ZONE)).previous();
    return renderList(
        municipality,
        Paging.requested(page),
        String.valueOf(last.year()),
        String.valueOf(last.week()),
        FormErrors.none(),
        model,
        staff);
  }

  private String renderList(
      MunicipalityId municipality,
      int page,
      String year,
      String week,
      FormErrors errors,
      Model model,
      StaffPrincipal staff) {
    model.addAttribute("page", weeks.page(municipality, page, PAGE_SIZE));
    model.addAttribute("year", year);
    model.addAttribute("week", week);
    model.addAttribute("errors", errors);
    model.addAttribute("mayBuild", FieldPolicy.mayBuildWeek(staff));
    return "field/week/list";
  }

  @PostMapping
  String start(
      MunicipalityId municipality,
      @RequestParam(name = "year", defaultValue = "") String year,
      @RequestParam(name = "week", defaultValue = "") String week,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response) {
    StaffPrincipal staff = EstForms.builder();
    FormErrors.Builder errors = pages.errorsBuilder(ui);
    Integer y = number(year);
    Integer w = number(week);
    if (y == null || y < 2000 || y > 2999) {
      errors.add("year", "field.week.error.year");
    }
    if (w == null) {
      errors.add("week", "field.week.error.week");
    }
    if (!errors.any()) {
      var number = WeekNumber.parse(y, w);
      if (number.isPresent()) {
        startWeek.start(municipality, number.get(), staff);
        return "redirect:" + EstForms.path(number.get());
      }
      errors.add("week", "field.week.error.week");
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderList(municipality, 1, year, week, errors.build(), model, staff);
  }

  private static @Nullable Integer number(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
