package se.trygghetsdialog.opinion.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.opinion.CastVote;
import se.trygghetsdialog.opinion.ExportPolisCsv;
import se.trygghetsdialog.opinion.StatementId;
import se.trygghetsdialog.opinion.SubmitStatement;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Htmx;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * Residents vote on one statement at a time and write their own, anonymously with a per-dialogue
 * pseudonym cookie. Voting is a plain form POST; with JavaScript, htmx posts the same form and
 * swaps in the next statement. Also the public results and the Polis-compatible CSV export.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OpinionController {

  /** Rate-limited actions, see {@link AnonymousRateLimiter}. */
  static final String VOTE_ACTION = "opinion-vote";

  static final String STATEMENT_ACTION = "opinion-statement";

  private final CastVote castVote;
  private final SubmitStatement submitStatement;
  private final AnonymousRateLimiter rateLimiter;
  private final OpinionPages pages;
  private final ExportPolisCsv export;
  private final ResultsViews results;
  private final FormSubmissions forms;

  @GetMapping("/dialoger/{id}/pastaenden")
  String page(
      @PathVariable String id,
      MunicipalityId municipality,
      HttpServletRequest request,
      WebPage page) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    VotePage vote =
        pages.page(
            municipality, dialogue, OpinionPages.cookie(request), false, "", FormErrors.none());
    return OpinionPages.render(page, vote, false);
  }

  @PostMapping("/dialoger/{id}/pastaenden")
  String vote(
      @PathVariable String id,
      MunicipalityId municipality,
      @Valid @ModelAttribute("castVote") CastVote.Command command,
      BindingResult binding,
      HttpServletRequest request,
      HttpServletResponse response,
      WebPage page) {
    Dialogue dialogue = limited(municipality, id, request, VOTE_ACTION);
    boolean card = Htmx.isHtmx(request);
    OpinionPages.Pseudonym pseudonym = OpinionPages.pseudonym(request);
    return forms.submit(
        binding,
        () -> {
          if (!card) {
            castVote.cast(municipality, dialogue, pseudonym.value(), command);
            pseudonym.remember(request, response, dialogue);
            return page.redirect(
                "opinion.notice.voted", "/dialoger/" + dialogue.id() + "/pastaenden");
          }
          CastVote.Cast cast =
              castVote.castAndList(municipality, dialogue, pseudonym.value(), command);
          pseudonym.remember(request, response, dialogue);
          return OpinionPages.render(page, pages.afterVote(municipality, dialogue, cast), true);
        },
        errors -> {
          StatementId keep =
              command.statementId() == null ? null : new StatementId(command.statementId());
          VotePage vote =
              pages.page(
                  municipality, dialogue, OpinionPages.cookie(request), false, "", errors, keep);
          return OpinionPages.render(page, vote, card);
        });
  }

  @PostMapping("/dialoger/{id}/pastaenden/nytt")
  String submit(
      @PathVariable String id,
      MunicipalityId municipality,
      @Valid @ModelAttribute("submitStatement") SubmitStatement.Command command,
      BindingResult binding,
      @RequestParam(name = "text", defaultValue = "") String text,
      HttpServletRequest request,
      HttpServletResponse response,
      WebPage page) {
    Dialogue dialogue = limited(municipality, id, request, STATEMENT_ACTION);
    OpinionPages.Pseudonym pseudonym = OpinionPages.pseudonym(request);
    return forms.submit(
        binding,
        () -> {
          SubmitStatement.Receipt receipt =
              submitStatement.submitWithReceipt(municipality, dialogue, pseudonym.value(), command);
          pseudonym.remember(request, response, dialogue);
          if (receipt.heldForReview()) {
            page.redirectAttributes().addFlashAttribute("heldForReview", true);
          }
          // The private token is the secret of the receipt page's address; only its hash is kept.
          return "redirect:/dialoger/" + dialogue.id() + "/pastaenden/kvitto/" + receipt.token();
        },
        errors -> {
          page.add("offerSendAnyway", OpinionPages.offersSendAnyway(binding));
          return refused(municipality, dialogue, request, text, errors, page, false);
        });
  }

  /** The dialogue of the address, once the anonymous action is within its rate limit; else 429. */
  private Dialogue limited(
      MunicipalityId municipality, String id, HttpServletRequest request, String action) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    rateLimiter.require(request, action);
    return dialogue;
  }

  /** The voting page (or its card) again with the errors of a refused vote or statement. */
  private String refused(
      MunicipalityId municipality,
      Dialogue dialogue,
      HttpServletRequest request,
      String text,
      FormErrors errors,
      WebPage page,
      boolean card) {
    String known = OpinionPages.cookie(request);
    VotePage vote = pages.page(municipality, dialogue, known, false, text, errors);
    return OpinionPages.render(page, vote, card);
  }

  @GetMapping("/dialoger/{id}/pastaenden/kvitto/{token}")
  String receipt(
      @PathVariable String id,
      @PathVariable String token,
      MunicipalityId municipality,
      HttpServletResponse response,
      WebPage page) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    pages.checkReceipt(municipality, dialogue, token);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    page.add("dialogueId", dialogue.id().toString());
    page.add("dialogueTitle", dialogue.title());
    page.add("privatePath", "/du-sa-vi-gjorde/" + token);
    return "opinion/receipt";
  }

  @GetMapping("/dialoger/{id}/resultat")
  String results(@PathVariable String id, MunicipalityId municipality, WebPage page) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    page.add("view", results.of(municipality, dialogue));
    return "opinion/results";
  }

  @GetMapping("/dialoger/{id}/pastaenden/export/{file}")
  ResponseEntity<String> export(
      @PathVariable String id, @PathVariable String file, MunicipalityId municipality) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    String body =
        switch (file) {
          case "comments.csv" -> export.comments(municipality, dialogue.id());
          case "votes.csv" -> export.votes(municipality, dialogue.id());
          case "participants-votes.csv" -> export.participantsVotes(municipality, dialogue.id());
          default -> throw new NotFoundException("export " + file);
        };
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(body);
  }
}
