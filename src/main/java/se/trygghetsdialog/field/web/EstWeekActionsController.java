package se.trygghetsdialog.field.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.FollowUpWeekAction;
import se.trygghetsdialog.field.PlanWeekAction;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.WebPage;

/** Next week's planned actions and last week's follow-up on the EST week page. */
@Controller
@RequestMapping("/personal/est/{year}/{week}")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EstWeekActionsController {

  private final PlanWeekAction planAction;
  private final FollowUpWeekAction followUp;
  private final EstWeekPages pages;

  @PostMapping("/atgarder")
  String plan(
      EstWeekPages.Post post,
      @Valid @ModelAttribute("planWeekAction") PlanWeekAction.Command command,
      BindingResult binding,
      @ModelAttribute("action") WeekActionForm form,
      WebPage page) {
    return pages.submit(
        post,
        binding,
        new EstWeekPages.Forms(null, form.withToken(), Map.of()),
        UnaryOperator.identity(),
        () -> planAction.plan(post.week(), command, post.staff()),
        "field.week.notice.planned",
        "#atgarder",
        page);
  }

  /** The outcome and comment of one action: their inputs are named by the action's id. */
  @PostMapping("/uppfoljning")
  String followUp(
      EstWeekPages.Post post,
      @Valid @ModelAttribute("followUp") FollowUpWeekAction.Command command,
      BindingResult binding,
      @RequestParam(name = "measure", defaultValue = "") String measure,
      @RequestParam(name = "comment", defaultValue = "") String comment,
      WebPage page) {
    if (binding.hasFieldErrors("measure")) {
      throw new NotFoundException("action");
    }
    UUID id = command == null ? UUID.fromString(measure.strip()) : command.measure();
    return pages.submit(
        post,
        binding,
        new EstWeekPages.Forms(
            null, WeekActionForm.blank(), Map.of(id.toString(), comment.strip())),
        errors ->
            errors.mapped(
                i ->
                    i.field().equals("outcome") || i.field().equals("comment")
                        ? new FormErrors.Item(i.field() + "-" + id, i.message())
                        : i,
                (a, b) -> 0),
        () -> followUp.record(post.week(), command, post.staff()),
        "field.week.notice.followedUp",
        "#uppfoljning",
        page);
  }
}
