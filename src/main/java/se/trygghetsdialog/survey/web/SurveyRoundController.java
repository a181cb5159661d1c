package se.trygghetsdialog.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.web.CsvTables;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.survey.AnswerSurvey;
import se.trygghetsdialog.survey.BuildSurvey;
import se.trygghetsdialog.survey.Survey;
import se.trygghetsdialog.survey.SurveyAnswerErrors;
import se.trygghetsdialog.survey.SurveyInvitations;
import se.trygghetsdialog.survey.SurveyRound;

/**
 * A round of a survey for staff: its links and counts, making codes for letters (the list as CSV),
 * mailing codes, reminding unused codes, entering paper answers, and tying it to a dialogue.
 */
@Controller
@RequestMapping("/personal/enkater/{id}/omgangar/{roundId}")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyRoundController {

  private final SurveyPages pages;
  private final SurveyStaffPages staffPages;
  private final SurveyInvitations invitations;
  private final AnswerSurvey answerSurvey;
  private final BuildSurvey build;
  private final FormSubmissions forms;
  private final MailLinks links;
  private final MessageSource messages;

  @GetMapping
  String show(
      MunicipalityId m, @PathVariable String id, @PathVariable String roundId, WebPage page) {
    SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    return staffPages.round(
        m, survey, pages.round(m, survey, roundId), link(m, roundId), FormErrors.none(), page);
  }

  /**
   * Runs a staff action on the round named in the address: back to the round page with the notice
   * when it is done, or with the form's errors when it is refused.
   */
  private String onRound(
      MunicipalityId m,
      String id,
      String roundId,
      BindingResult binding,
      WebPage page,
      String notice,
      java.util.function.BiConsumer<SurveyRound, StaffPrincipal> action) {
    StaffPrincipal staff = SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    SurveyRound round = pages.round(m, survey, roundId);
    return forms.submit(
        binding,
        () -> {
          action.accept(round, staff);
          return page.redirect(notice, roundPath(survey, round));
        },
        errors -> staffPages.round(m, survey, round, link(m, roundId), errors, page));
  }

  private String link(MunicipalityId m, String roundId) {
    return links.to(m, "/enkater/" + SurveyPages.id(roundId));
  }

  @PostMapping("/koder")
  String generate(
      MunicipalityId m,
      @PathVariable String id,
      @PathVariable String roundId,
      @Valid @ModelAttribute("generate") SurveyInvitations.Generate command,
      BindingResult binding,
      WebPage page) {
    return onRound(
        m,
        id,
        roundId,
        binding,
        page,
        "survey.notice.codes",
        (round, staff) -> invitations.generate(m, round.id(), command, staff));
  }

  @GetMapping("/koder.csv")
  ResponseEntity<byte[]> letters(
      MunicipalityId m, @PathVariable String id, @PathVariable String roundId, WebPage page) {
    StaffPrincipal staff = SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    SurveyRound round = pages.round(m, survey, roundId);
    return CsvTables.download(
        "koder.csv",
        List.of(page.ui().t("survey.letters.code"), page.ui().t("survey.letters.link")),
        invitations.letters(m, round.id(), staff).stream()
            .map(l -> List.of(l.code(), l.link()))
            .toList());
  }

  @PostMapping("/inbjudningar")
  String invite(
      MunicipalityId m,
      @PathVariable String id,
      @PathVariable String roundId,
      @Valid @ModelAttribute("invite") SurveyInvitations.Invite command,
      BindingResult binding,
      WebPage page) {
    return onRound(
        m,
        id,
        roundId,
        binding,
        page,
        "survey.notice.invited",
        (round, staff) -> invitations.invite(m, round.id(), command, page.ui().locale(), staff));
  }

  @PostMapping("/paminnelser")
  String remind(
      MunicipalityId m, @PathVariable String id, @PathVariable String roundId, WebPage page) {
    StaffPrincipal staff = SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    SurveyRound round = pages.round(m, survey, roundId);
    invitations.remind(m, round.id(), page.ui().locale(), staff);
    return page.redirect("survey.notice.reminded", roundPath(survey, round));
  }

  @PostMapping("/dialog")
  String tieToDialogue(
      MunicipalityId m,
      @PathVariable String id,
      @PathVariable String roundId,
      @Valid @ModelAttribute("dialogueTie") BuildSurvey.DialogueTie command,
      BindingResult binding,
      WebPage page) {
    return onRound(
        m,
        id,
        roundId,
        binding,
        page,
        "survey.notice.dialogueTied",
        (round, staff) -> build.tieToDialogue(m, round.id(), command, staff));
  }

  @GetMapping("/papper")
  String paperForm(
      MunicipalityId m, @PathVariable String id, @PathVariable String roundId, WebPage page) {
    SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    SurveyRound round = pages.round(m, survey, roundId);
    return staffPages.paper(
        m, survey, round, UUID.randomUUID().toString(), Map.of(), FormErrors.none(), page);
  }

  @PostMapping("/papper")
  String paper(
      MunicipalityId m,
      @PathVariable String id,
      @PathVariable String roundId,
      @RequestParam(name = "entry", defaultValue = "") String entry,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletResponse response,
      WebPage page) {
    StaffPrincipal staff = SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    SurveyRound round = pages.round(m, survey, roundId);
    UUID entryId = SurveyPages.id(entry);
    try {
      boolean stored = answerSurvey.enterPaper(m, round.id(), entryId, params, staff);
      return page.redirect(
          stored ? "survey.notice.paper" : "survey.notice.paperTwice",
          roundPath(survey, round) + "/papper");
    } catch (SurveyAnswerErrors errors) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      FormErrors.Builder builder = FormErrors.builder(messages, page.ui().locale());
      errors.errors().forEach(builder::add);
      return staffPages.paper(m, survey, round, entry, params, builder.build(), page);
    }
  }

  private static String roundPath(Survey survey, SurveyRound round) {
    return "/personal/enkater/" + survey.id() + "/omgangar/" + round.id();
  }
}
