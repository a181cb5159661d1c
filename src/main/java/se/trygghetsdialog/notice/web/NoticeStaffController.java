package se.trygghetsdialog.notice.web;

import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.notice.CheckNotice;
import se.trygghetsdialog.notice.CorrectNotice;
import se.trygghetsdialog.notice.Notice;
import se.trygghetsdialog.notice.PostNotice;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The staff pages of the notice board (administrators and registrars): the list with notices
 * waiting for a check first, posting a notice with an optional PDF, one notice with what screening
 * found, correcting it (the earlier wording is kept), and checking a notice another module posted.
 */
@Controller
@RequestMapping("/personal/anslagstavla")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeStaffController {

  private final NoticePages pages;
  private final PostNotice postNotice;
  private final CorrectNotice correctNotice;
  private final CheckNotice checkNotice;
  private final FormSubmissions forms;

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String pageNumber,
      WebPage page) {
    NoticePages.poster();
    return pages.staffList(municipality, pageNumber, page);
  }

  @GetMapping("/ny")
  String newForm(WebPage page) {
    NoticePages.poster();
    return pages.form(NoticePages.blank(), FormErrors.none(), Set.of(), null, page);
  }

  @PostMapping("/ny")
  String post(
      MunicipalityId municipality,
      @Valid @ModelAttribute("postNotice") PostNotice.Command command,
      BindingResult binding,
      @ModelAttribute("form") NoticeForms.Post form,
      WebPage page) {
    StaffPrincipal staff = NoticePages.poster();
    return forms.submit(
        binding,
        () -> {
          UUID id = postNotice.post(municipality, command, staff);
          return page.redirect("notice.notice.posted", "/personal/anslagstavla/" + id);
        },
        errors ->
            pages.form(form, errors, command == null ? Set.of() : command.flags(), null, page));
  }

  @GetMapping("/{id}")
  String manage(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    NoticePages.poster();
    return pages.manage(municipality, pages.find(municipality, id), page);
  }

  @GetMapping("/{id}/rattelse")
  String correctionForm(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    NoticePages.poster();
    Notice notice = pages.find(municipality, id);
    return pages.form(
        NoticePages.correction(notice), FormErrors.none(), notice.flags(), notice, page);
  }

  @PostMapping("/{id}/rattelse")
  String correct(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("correctNotice") CorrectNotice.Command command,
      BindingResult binding,
      @ModelAttribute("form") NoticeForms.Post form,
      WebPage page) {
    StaffPrincipal staff = NoticePages.poster();
    Notice notice = pages.find(municipality, id);
    NoticeForms.Post shown = NoticePages.shownAgain(form, notice);
    return forms.submit(
        binding,
        () -> {
          correctNotice.correct(municipality, notice.id(), command, staff);
          return page.redirect("notice.notice.corrected", "/personal/anslagstavla/" + notice.id());
        },
        errors ->
            pages.form(shown, errors, command == null ? Set.of() : command.flags(), notice, page));
  }

  @PostMapping("/{id}/kontrollerad")
  String check(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    StaffPrincipal staff = NoticePages.poster();
    Notice notice = pages.find(municipality, id);
    checkNotice.check(municipality, notice.id(), staff);
    return page.redirect("notice.notice.checked", "/personal/anslagstavla/" + notice.id());
  }
}
