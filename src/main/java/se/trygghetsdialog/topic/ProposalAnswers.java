package se.trygghetsdialog.topic;

import java.time.OffsetDateTime;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.ResponseTask;
import se.trygghetsdialog.measure.ResponseTaskAnswered;
import se.trygghetsdialog.measure.ResponseTasks;
import se.trygghetsdialog.moderation.PersonalDataScreener;

/**
 * The nämnd answered the response task of a referred medborgarförslag: the answer goes into the
 * case file and onto the public topic page. The answer was written for the nämnd, not screened, so
 * it is published with the personal data screening finds masked.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProposalAnswers {

  private final ProposalCaseRepository files;
  private final ProposalCases cases;
  private final ResponseTasks tasks;
  private final PersonalDataScreener screener;

  @ApplicationModuleListener
  void on(ResponseTaskAnswered event) {
    var municipality = event.municipalityId();
    files
        .ofResponseTask(municipality, event.taskId())
        .ifPresent(
            file -> {
              ResponseTask task = tasks.find(municipality, event.taskId()).orElseThrow();
              String answer =
                  screener.screen(task.response() == null ? "" : task.response()).masked();
              OffsetDateTime at =
                  task.respondedAt() == null ? event.occurredAt() : task.respondedAt();
              if (files.answer(municipality, file.topicId(), answer, at)) {
                cases.tell(
                    municipality,
                    cases.topic(municipality, file.topicId()),
                    ProposalStep.ANSWERED,
                    at,
                    event.actorAccountId());
              }
            });
  }
}
