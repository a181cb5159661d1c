package se.trygghetsdialog.session.web;

import jakarta.validation.Valid;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.session.SchoolHolidays;
import se.trygghetsdialog.session.SessionWarnings;
import se.trygghetsdialog.session.SetSchoolHolidays;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** The municipality's school holidays, which the session warnings use; process leaders set them. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SchoolHolidaysController {

  private static final String PATH = "/personal/moten/skollov";

  private final SessionWarnings warnings;
  private final SetSchoolHolidays setHolidays;
  private final FormSubmissions forms;

  private static StaffPrincipal leader() {
    return StaffAccounts.signedIn(
        s -> s.has(Role.PROCESS_LEADER) || s.has(Role.ADMINISTRATOR),
        "may not set school holidays");
  }

  @GetMapping(PATH)
  String show(MunicipalityId municipality, WebPage page) {
    leader();
    SchoolHolidays h = warnings.holidays(municipality);
    Map<String, String> form =
        Map.of(
            "sportlovWeek", Integer.toString(h.sportlovWeek()),
            "hostlovWeek", Integer.toString(h.hostlovWeek()),
            "summerStart", h.summerStart().toString().substring(2),
            "summerEnd", h.summerEnd().toString().substring(2));
    return render(form, FormErrors.none(), page);
  }

  @PostMapping(PATH)
  String set(
      MunicipalityId municipality,
      @Valid @ModelAttribute("setSchoolHolidays") SetSchoolHolidays.Command command,
      BindingResult binding,
      @RequestParam Map<String, String> typed,
      WebPage page) {
    StaffPrincipal staff = leader();
    return forms.submit(
        binding,
        () -> {
          setHolidays.set(municipality, staff.accountId(), command);
          return page.redirect("session.notice.holidays", PATH);
        },
        errors -> render(typed, errors, page));
  }

  private static String render(Map<String, String> form, FormErrors errors, WebPage page) {
    page.add("page", new SessionViews.HolidaysPage(new SessionViews.Form(form), errors));
    return "session/holidays";
  }
}
