package se.trygghetsdialog.opinion.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.opinion.CastVote;
import se.trygghetsdialog.opinion.OpinionConversations;
import se.trygghetsdialog.opinion.OpinionPolicy;
import se.trygghetsdialog.opinion.ParticipantId;
import se.trygghetsdialog.opinion.Statement;
import se.trygghetsdialog.opinion.StatementId;
import se.trygghetsdialog.opinion.StatementLinks;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * Shared by the opinion controllers: the dialogue named in the address (or 404), the voting page
 * and the resident's pseudonym cookie.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OpinionPages {

  static final String COOKIE = "opinion_pseudonym";

  private static final Duration COOKIE_AGE = Duration.ofDays(730);

  private final Dialogues dialogues;
  private final OpinionConversations conversations;
  private final StatementLinks links;

  Dialogue dialogue(MunicipalityId municipality, String id) {
    return dialogues.named(municipality, id);
  }

  /** What the voting page (or its card) shows the participant with this pseudonym. */
  VotePage page(
      MunicipalityId municipality,
      Dialogue dialogue,
      @Nullable String pseudonym,
      boolean justVoted,
      String text,
      FormErrors errors) {
    return page(municipality, dialogue, pseudonym, justVoted, text, errors, null);
  }

  /**
   * What the voting page shows, keeping the statement {@code keep} (a refused vote's) when it is
   * still shown, so the resident can vote on it again.
   */
  VotePage page(
      MunicipalityId municipality,
      Dialogue dialogue,
      @Nullable String pseudonym,
      boolean justVoted,
      String text,
      FormErrors errors,
      @Nullable StatementId keep) {
    Optional<ParticipantId> participant =
        Optional.ofNullable(pseudonym)
            .flatMap(p -> conversations.participant(municipality, dialogue.id(), p));
    OpinionPolicy.Closed closed =
        OpinionPolicy.closedBecause(
            dialogue, conversations.conversation(municipality, dialogue.id()));
    Statement kept =
        keep == null
            ? null
            : conversations
                .statement(municipality, keep)
                .filter(s -> s.dialogueId().equals(dialogue.id()) && s.shown())
                .orElse(null);
    OpinionConversations.Progress progress =
        conversations.progress(
            municipality, dialogue.id(), participant, ThreadLocalRandom.current());
    Statement next = kept != null || closed != null ? kept : progress.next().orElse(null);
    return votePage(dialogue, closed, next, progress, justVoted, text, errors);
  }

  /** The card after a vote: from what the vote read and wrote, without reading it again. */
  VotePage afterVote(MunicipalityId municipality, Dialogue dialogue, CastVote.Cast cast) {
    OpinionConversations.Progress progress =
        conversations.progress(
            municipality, dialogue.id(), cast.voted(), ThreadLocalRandom.current());
    // The vote was taken, so voting is open (a closed dialogue refuses it).
    return votePage(
        dialogue,
        OpinionPolicy.closedBecause(dialogue, cast.conversation()),
        progress.next().orElse(null),
        progress,
        true,
        "",
        FormErrors.none());
  }

  private static VotePage votePage(
      Dialogue dialogue,
      OpinionPolicy.@Nullable Closed closed,
      @Nullable Statement next,
      OpinionConversations.Progress progress,
      boolean justVoted,
      String text,
      FormErrors errors) {
    return new VotePage(
        dialogue.id().toString(),
        dialogue.title(),
        closed == null ? null : "opinion.vote.closed." + closed.name(),
        next,
        progress.voted(),
        progress.shown(),
        justVoted,
        text,
        errors);
  }

  /** The whole voting page, or only its card when htmx asked (card). */
  static String render(WebPage page, VotePage vote, boolean card) {
    page.add("page", vote);
    return card ? "opinion/voteCard" : "opinion/vote";
  }

  /** The pseudonym the resident's cookie holds, or null before the first vote or statement. */
  static @Nullable String cookie(HttpServletRequest request) {
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

  /**
   * The resident's pseudonym for this dialogue: the cookie's, or a new one that {@link
   * Pseudonym#remember} sets as a cookie once the vote or statement is stored.
   */
  static Pseudonym pseudonym(HttpServletRequest request) {
    String existing = cookie(request);
    return existing != null
        ? new Pseudonym(existing, false)
        : new Pseudonym(OpinionConversations.newPseudonym(), true);
  }

  /** A pseudonym and whether it is new (and so not yet a cookie). */
  record Pseudonym(String value, boolean fresh) {

    /** Sets a new pseudonym as the dialogue's cookie; returns the pseudonym. */
    String remember(HttpServletRequest request, HttpServletResponse response, Dialogue dialogue) {
      if (fresh) {
        ResponseCookie cookie =
            ResponseCookie.from(COOKIE, value)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/dialoger/" + dialogue.id())
                .maxAge(COOKIE_AGE)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
      }
      return value;
    }
  }

  /** Screening flagged the text: the form offers to send it all the same. */
  static boolean offersSendAnyway(BindingResult binding) {
    FieldError error = binding.getFieldError("text");
    return error != null && "NoPersonalData".equals(error.getCode());
  }

  /** Finds the statement a receipt token names, under this dialogue, or 404. */
  void checkReceipt(MunicipalityId municipality, Dialogue dialogue, String token) {
    StatementId statement =
        links
            .statementOf(municipality, token)
            .orElseThrow(() -> new NotFoundException("statement receipt"));
    conversations
        .statement(municipality, statement)
        .filter(s -> s.dialogueId().equals(dialogue.id()))
        .orElseThrow(() -> new NotFoundException("statement receipt"));
  }
}
