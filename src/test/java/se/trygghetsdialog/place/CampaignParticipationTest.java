package se.trygghetsdialog.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.dialogue.ChangeStep;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.dialogue.Participation;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.participation.ParticipationIntegrationTest;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestSpots;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.ParticipationLadder;

/** Place reports of a dialogue's campaigns count as the dialogue's participation. */
@IntegrationTest
class CampaignParticipationTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired ParticipationLadder ladder;
  @Autowired CreateDialogue createDialogue;
  @Autowired FillCharter fillCharter;
  @Autowired ChangeStep changeStep;
  @Autowired Dialogues dialogues;
  @Autowired PlaceCampaigns campaigns;
  @Autowired ReportPlace reportPlace;
  @Autowired PlaceCategories categories;
  @Autowired CampaignParticipation participation;

  @Test
  void countsEachReportOfTheDialoguesCampaignsWithTheVoluntaryAgeAndGender() {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    var leader = StaffMother.staff(municipalities, accounts, "Pia Ledare", Role.PROCESS_LEADER);
    DialogueId id =
        ParticipationIntegrationTest.inStepTwo(
            m,
            accounts.actingAs(leader),
            organisations,
            ladder,
            createDialogue,
            fillCharter,
            changeStep,
            dialogues);
    Campaign campaign =
        campaigns.create(
            m,
            "Kampanj " + PlaceMother.unique(),
            null,
            LocalDate.now().minusDays(1),
            LocalDate.now().plusDays(7),
            id.value());
    UUID category = PlaceMother.category(categories, m, "LIGHTING");
    report(m, campaign, category, AgeBand.FROM_18_TO_29, Gender.WOMAN);
    report(m, campaign, category, AgeBand.FROM_18_TO_29, null);
    report(m, campaign, category, null, Gender.MAN);
    reportPlace.report(m, PlaceMother.report(category, "Utanför kampanjen"));

    var rows = participation.participationIn(m, id);
    assertThat(rows)
        .extracting(Participation::channelKey)
        .containsOnly(CampaignParticipation.CHANNEL);
    assertThat(rows.stream().mapToInt(Participation::people).sum()).isEqualTo(3);
    assertThat(rows.stream().mapToInt(p -> p.byAge().getOrDefault(AgeBand.FROM_18_TO_29, 0)).sum())
        .isEqualTo(2);
    assertThat(rows.stream().mapToInt(p -> p.byGender().getOrDefault(Gender.MAN, 0)).sum())
        .isEqualTo(1);
  }

  private void report(
      MunicipalityId m,
      Campaign campaign,
      UUID category,
      @org.jspecify.annotations.Nullable AgeBand age,
      @org.jspecify.annotations.Nullable Gender gender) {
    var receipt =
        reportPlace.report(
            m,
            new ReportPlace.Input(
                category,
                TestSpots.next(),
                java.util.List.of(),
                TimeOfDay.EVENING,
                null,
                "Mörkt vid busshållplatsen " + PlaceMother.unique(),
                null,
                age,
                gender,
                null,
                Locale.forLanguageTag("sv")));
    campaigns.attach(m, receipt.id(), campaign.id());
  }
}
