package se.trygghetsdialog.analysis;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.TeamMember;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.participation.GapChecks;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Demo data for Lysekil: the team's gap check of the demo dialogue and its compiled perspectives
 * report frozen as version 1, so the dialogue page lists it. Runs after every other demo loader;
 * idempotent.
 */
@DemoData
@Order(900)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AnalysisDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AnalysisDemoData.class);
  private static final String DIALOGUE_TITLE = "Trygghet i Lysekils kommun";

  private final Municipalities municipalities;
  private final Dialogues dialogues;
  private final StaffAccounts accounts;
  private final GapChecks checks;
  private final PersonalDataScreener screener;
  private final ReportVersions versions;
  private final FreezeReport freeze;

  @Override
  public void run(ApplicationArguments args) {
    municipalities.byCode("1484").map(Tenant::id).ifPresent(this::load);
  }

  private void load(MunicipalityId m) {
    Dialogue dialogue = dialogues.titled(m, DIALOGUE_TITLE).orElse(null);
    if (dialogue == null || !versions.of(m, dialogue.id().value()).isEmpty()) {
      return;
    }
    List<TeamMember> team = dialogues.team(m, dialogue.id());
    StaffPrincipal actor =
        team.stream()
            .flatMap(t -> accounts.find(m, t.accountId()).stream())
            .findFirst()
            .map(accounts::actingAs)
            .orElse(null);
    if (actor == null) {
      log.info("The demo dialogue has no team; no demo report frozen");
      return;
    }
    if (!checks.recorded(m, dialogue.id())) {
      checks.record(
          m,
          dialogue.id(),
          new GapChecks.Command(
              screened(
                  "Vi har nått många äldre och barn genom skolbesöken, men få unga vuxna och få"
                      + " boende på landsbygden."),
              screened("Unga vuxna 18–29 år; boende utanför tätorten."),
              screened(
                  "Uppsökande kvällstid i hamnen och besök hos idrottsföreningarna innan steg 2"
                      + " avslutas.")),
          actor);
    }
    try {
      freeze.freeze(
          m, dialogue, ReportKind.COMPILED_PERSPECTIVES, new FreezeReport.Command(1), actor);
    } catch (AnalysisRuleViolation e) {
      log.info("The demo report could not be frozen: {}", e.messageKey());
    }
  }

  private ScreenedText screened(String text) {
    return new ScreenedText(screener.screen(text));
  }
}
