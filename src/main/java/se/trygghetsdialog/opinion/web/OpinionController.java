package se.trygghetsdialog.opinion.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.opinion.CastVote;
import se.trygghetsdialog.opinion.OpinionConversations;
import se.trygghetsdialog.opinion.OpinionPolicy;
import se.trygghetsdialog.opinion.OpinionRuleViolation;
import se.trygghetsdialog.opinion.ParticipantId;
import se.trygghetsdialog.opinion.Statement;
import se.trygghetsdialog.opinion.StatementId;
import se.trygghetsdialog.opinion.StatementLinks;
import se.trygghetsdialog.opinion.SubmitStatement;
import se.trygghetsdialog.opinion.Vote;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Htmx;

/**
 * Residents vote on one statement at a time and write their own, anonymously with a per-dialogue
 * pseudonym cookie. Voting is a plain form POST; with JavaScript, htmx posts the same form and
 * swaps in the next statement. Results and export have their own controller.
 */
@Controller
class OpinionController {

  /** Rate-limited actions, see {@link AnonymousRateLimiter}. */
  static final String VOTE_ACTION = "opinion-vote";

  static final String STATEMENT_ACTION = "opinion-statement";

  static final String COOKIE = "opinion_pseudonym";

  private static final Duration COOKIE_AGE = Duration.ofDays(730);

  private final OpinionConversations conversations;
  private final CastVote castVote;
  private final SubmitStatement submitStatement;
  private final AnonymousRateLimiter rateLimiter;
  private final MessageSource messages;
  private final StatementLinks statementLinks;
  private final OpinionPages pages;

  OpinionController(
      OpinionConversations conversations,
      CastVote castVote,
      SubmitStatement submitStatement,
      AnonymousRateLimiter rateLimiter,
      MessageSource messages,
      StatementLinks statementLinks,
      OpinionPages pages) {
    this.pages = pages;
    this.statementLinks = statementLinks;
    this.conversations = conversations;
    this.castVote = castVote;
    this.submitStatement = submitStatement;
    this.rateLimiter = rateLimiter;
    this.messages = messages;
  }

  @GetMapping("/dialoger/{id}/pastaenden")
  String page(
      @PathVariable String id,
      MunicipalityId municipality,
      HttpServletRequest request,
      Model model) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    return render(
        model, page(municipality, dialogue, cookie(request), false, "", FormErrors.none()));
  }

  @PostMapping("/dialoger/{id}/pastaenden")
  String vote(
      @PathVariable String id,
      MunicipalityId municipality,
      @RequestParam(name = "statementId", defaultValue = "") String statementId,
      @RequestParam(name = "vote", defaultValue = "") String vote,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    if (!rateLimiter.tryAcquire(request, VOTE_ACTION)) {
      throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
    }
    FormErrors.Builder errors = FormErrors.builder(messages, locale);
    String pseudonym = cookie(request);
    StatementId statement = null;
    Vote choice = null;
    try {
      statement = StatementId.parse(statementId);
      choice = Vote.valueOf(vote);
    } catch (IllegalArgumentException e) {
      errors.add("vote", "opinion.error.vote.invalid");
    }
    if (statement != null && choice != null) {
      try {
        OpinionPolicy.checkOpen(dialogue, conversations.conversation(municipality, dialogue.id()));
        pseudonym = pseudonym(request, response, dialogue);
        castVote.cast(municipality, dialogue, pseudonym, statement, choice);
      } catch (OpinionRuleViolation e) {
        errors.add(e.field().isEmpty() ? "vote" : e.field(), e.messageKey(), e.args());
      }
    }
    if (errors.any()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      VotePage page = page(municipality, dialogue, pseudonym, false, "", errors.build());
      return Htmx.isHtmx(request) ? renderCard(model, page) : render(model, page);
    }
    if (Htmx.isHtmx(request)) {
      return renderCard(
          model, page(municipality, dialogue, pseudonym, true, "", FormErrors.none()));
    }
    redirect.addFlashAttribute("notice", "opinion.notice.voted");
    return "redirect:/dialoger/" + dialogue.id() + "/pastaenden";
  }

  @PostMapping("/dialoger/{id}/pastaenden/nytt")
  String submit(
      @PathVariable String id,
      MunicipalityId municipality,
      @RequestParam(name = "text", defaultValue = "") String text,
      @RequestParam(name = "sendAnyway", defaultValue = "") String sendAnyway,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    if (!rateLimiter.tryAcquire(request, STATEMENT_ACTION)) {
      throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
    }
    String pseudonym = cookie(request);
    SubmitStatement.Receipt receipt;
    try {
      OpinionPolicy.checkOpen(dialogue, conversations.conversation(municipality, dialogue.id()));
      OpinionPolicy.checkStatementText(text);
      pseudonym = pseudonym(request, response, dialogue);
      receipt =
          submitStatement.submitWithReceipt(
              municipality, dialogue, pseudonym, text, "yes".equals(sendAnyway));
    } catch (OpinionRuleViolation e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      FormErrors errors =
          FormErrors.builder(messages, locale)
              .add(e.field().isEmpty() ? "text" : e.field(), e.messageKey(), e.args())
              .build();
      model.addAttribute("offerSendAnyway", SubmitStatement.PERSONAL_DATA.equals(e.messageKey()));
      return render(model, page(municipality, dialogue, pseudonym, false, text, errors));
    }
    if (receipt.heldForReview()) {
      redirect.addFlashAttribute("heldForReview", true);
    }
    // The private token is the secret of the receipt page's address; only its hash is stored.
    return "redirect:/dialoger/" + dialogue.id() + "/pastaenden/kvitto/" + receipt.token();
  }

  @GetMapping("/dialoger/{id}/pastaenden/kvitto/{token}")
  String receipt(
      @PathVariable String id,
      @PathVariable String token,
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    StatementId statement =
        statementLinks
            .statementOf(municipality, token)
            .orElseThrow(() -> new NotFoundException("statement receipt"));
    conversations
        .statement(municipality, statement)
        .filter(s -> s.dialogueId().equals(dialogue.id()))
        .orElseThrow(() -> new NotFoundException("statement receipt"));
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    model.addAttribute("dialogueId", dialogue.id().toString());
    model.addAttribute("dialogueTitle", dialogue.title());
    model.addAttribute("privatePath", "/du-sa-vi-gjorde/" + token);
    return "opinion/receipt";
  }

  // ---- helpers --------------------------------------------------------------------------------

  private VotePage page(
      MunicipalityId municipality,
      Dialogue dialogue,
      @Nullable String pseudonym,
      boolean justVoted,
      String text,
      FormErrors errors) {
    Optional<ParticipantId> participant =
        Optional.ofNullable(pseudonym)
            .flatMap(p -> conversations.participant(municipality, dialogue.id(), p));
    OpinionPolicy.Closed closed =
        OpinionPolicy.closedBecause(
            dialogue, conversations.conversation(municipality, dialogue.id()));
    Statement next =
        closed != null
            ? null
            : conversations
                .next(municipality, dialogue.id(), participant, ThreadLocalRandom.current())
                .orElse(null);
    return new VotePage(
        dialogue.id().toString(),
        dialogue.title(),
        closed == null ? null : "opinion.vote.closed." + closed.name(),
        next,
        conversations.votedCount(municipality, participant),
        conversations.shown(municipality, dialogue.id()).size(),
        justVoted,
        text,
        errors);
  }

  private static String render(Model model, VotePage page) {
    model.addAttribute("page", page);
    return "opinion/vote";
  }

  private static String renderCard(Model model, VotePage page) {
    model.addAttribute("page", page);
    return "opinion/voteCard";
  }

  private static @Nullable String cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie c : cookies) {
      if (COOKIE.equals(c.getName()) && !c.getValue().isBlank()) {
        return c.getValue();
      }
    }
    return null;
  }

  /** The resident's pseudonym for this dialogue; a new one is set as a cookie on first use. */
  private static String pseudonym(
      HttpServletRequest request, HttpServletResponse response, Dialogue dialogue) {
    String existing = cookie(request);
    if (existing != null) {
      return existing;
    }
    String fresh = OpinionConversations.newPseudonym();
    ResponseCookie cookie =
        ResponseCookie.from(COOKIE, fresh)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .path("/dialoger/" + dialogue.id())
            .maxAge(COOKIE_AGE)
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    return fresh;
  }
}
