package se.trygghetsdialog.field.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
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
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.WebPage;

/** The coordinator's list of EST weeks and starting a week. */
@Controller
@RequestMapping("/personal/est")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EstWeekListController {

  static final int PAGE_SIZE = 10;

  /** The start form as typed. */
  record WeekForm(String year, String week) {}

  private final EstWeeks weeks;
  private final StartEstWeek startWeek;
  private final FormSubmissions forms;

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String requested,
      WebPage page) {
    StaffPrincipal staff = EstForms.viewer();
    WeekNumber last = WeekNumber.of(LocalDate.now(WeekNumber.ZONE)).previous();
    WeekForm form = new WeekForm(String.valueOf(last.year()), String.valueOf(last.week()));
    return render(municipality, Paging.requested(requested), form, FormErrors.none(), staff, page);
  }

  @PostMapping
  String start(
      MunicipalityId municipality,
      @Valid @ModelAttribute("startEstWeek") StartEstWeek.Command command,
      BindingResult binding,
      @ModelAttribute("form") WeekForm form,
      WebPage page) {
    StaffPrincipal staff = EstForms.builder();
    return forms.submit(
        binding,
        () -> "redirect:" + EstForms.path(startWeek.start(municipality, command, staff).week()),
        errors -> render(municipality, 1, form, errors, staff, page));
  }

  private String render(
      MunicipalityId municipality,
      int requested,
      WeekForm form,
      FormErrors errors,
      StaffPrincipal staff,
      WebPage page) {
    page.add("page", weeks.page(municipality, requested, PAGE_SIZE));
    page.add("year", form.year() == null ? "" : form.year());
    page.add("week", form.week() == null ? "" : form.week());
    page.add("errors", errors);
    page.add("mayBuild", FieldPolicy.mayBuildWeek(staff));
    return "field/week/list";
  }
}
