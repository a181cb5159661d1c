package se.trygghetsdialog.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import se.trygghetsdialog.dialogue.ChangeStep;
import se.trygghetsdialog.dialogue.Charter;
import se.trygghetsdialog.dialogue.ConflictLevel;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.dialogue.ManageTeam;
import se.trygghetsdialog.dialogue.PlanSteps;
import se.trygghetsdialog.dialogue.StepPlan;
import se.trygghetsdialog.dialogue.TeamRole;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.PlatformOperators;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.AreaShapes;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.ParticipationLadder;

/**
 * Loads the Lysekil demo once (it is idempotent: a second start finds the demo administrator and
 * does nothing). Texts follow lysekil.se's public articles on the 2020–2021 dialogue on safety;
 * decision numbers are demo values.
 */
@DemoData
@Order(100)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LysekilDemoData implements ApplicationRunner {

  /** The password of every demo account; printed in the README. */
  static final String PASSWORD = "Trygghet2026!";

  static final String DOMAIN = "@lysekil.example";

  /** The demo platform operator's sign-in, at /plattform/logga-in. */
  static final String OPERATOR_EMAIL = "operator@plattform.example";

  private static final Logger log = LoggerFactory.getLogger(LysekilDemoData.class);

  private final Municipalities municipalities;
  private final Areas areas;
  private final Organisations organisations;
  private final ParticipationLadder ladder;
  private final StaffAccounts accounts;
  private final PlatformOperators operators;
  private final CreateDialogue createDialogue;
  private final FillCharter fillCharter;
  private final ManageTeam manageTeam;
  private final PlanSteps planSteps;
  private final ChangeStep changeStep;
  private final Dialogues dialogues;

  @Override
  public void run(ApplicationArguments args) {
    municipalities
        .byCode("1484")
        .map(Tenant::id)
        .ifPresentOrElse(
            this::load,
            () ->
                log.info(
                    "Demo data is for Lysekils kommun (1484), which is not registered; skipped"));
  }

  private void load(MunicipalityId m) {
    // The demo's platform operator (no municipal role): adds and closes municipalities.
    operators.createWithPassword(OPERATOR_EMAIL, "Olle Operatör", PASSWORD);
    if (accounts.findByEmail(m, "admin" + DOMAIN).isPresent()) {
      return;
    }
    log.info("Loading the Lysekil demo data");
    loadAreas(m);
    Organisation ks = loadOrganisations(m);
    Organisation housing =
        organisations.all(m).stream()
            .filter(o -> o.kind() == OrganisationKind.HOUSING_COMPANY)
            .findFirst()
            .orElseThrow();
    StaffMember leader =
        account(m, "processledare", "Pia Processledare", EnumSet.of(Role.PROCESS_LEADER), null);
    StaffMember conversation =
        account(
            m, "samtalsledare", "Sam Samtalsledare", EnumSet.of(Role.CONVERSATION_LEADER), null);
    account(m, "admin", "Ada Administratör", EnumSet.of(Role.ADMINISTRATOR), null);
    account(m, "moderator", "Mona Moderator", EnumSet.of(Role.MODERATOR), null);
    account(
        m, "fortroendevald", "Folke Förtroendevald", EnumSet.of(Role.ELECTED_OFFICIAL), ks.id());
    account(
        m,
        "trygghetssamordnare",
        "Tove Trygghetssamordnare",
        EnumSet.of(Role.SAFETY_COORDINATOR),
        null);
    account(m, "rapportor", "Rasmus Rapportör", EnumSet.of(Role.FIELD_REPORTER), null);
    account(m, "partner", "Petra Partner", EnumSet.of(Role.PARTNER), housing.id());
    account(m, "registrator", "Rut Registrator", EnumSet.of(Role.REGISTRAR), null);
    account(m, "granskare", "Greta Granskare", EnumSet.of(Role.AUDITOR), null);
    loadDialogues(m, ks, leader, conversation);
  }

  private StaffMember account(
      MunicipalityId m, String user, String name, Set<Role> roles, UUID organisation) {
    return accounts.createWithPassword(m, user + DOMAIN, name, roles, organisation, PASSWORD);
  }

  private void loadAreas(MunicipalityId m) {
    // Approximate centres of Lysekil's localities, each inside a rough hand-drawn boundary
    // (longitude, latitude corners; the boundaries do not overlap).
    locality(
        m, "Lysekil", "tätort", 58.2745, 11.4358, 11.400, 58.262, 11.455, 58.262, 11.462, 58.280,
        11.450, 58.300, 11.405, 58.298, 11.398, 58.280);
    locality(
        m, "Brastad", "tätort", 58.3833, 11.4833, 11.462, 58.373, 11.500, 58.372, 11.506, 58.384,
        11.498, 58.395, 11.466, 58.394);
    locality(
        m, "Lyse", "ort", 58.3050, 11.3800, 11.360, 58.296, 11.392, 58.295, 11.396, 58.305, 11.390,
        58.315, 11.362, 58.314);
    locality(
        m,
        "Brodalen",
        "ort",
        58.3580,
        11.3900,
        11.372,
        58.349,
        11.405,
        58.348,
        11.409,
        58.358,
        11.402,
        58.368,
        11.375,
        58.367);
    locality(
        m,
        "Grundsund",
        "tätort",
        58.2180,
        11.4300,
        11.412,
        58.209,
        11.448,
        58.208,
        11.452,
        58.218,
        11.444,
        58.223,
        11.414,
        58.222);
    locality(
        m,
        "Fiskebäckskil",
        "tätort",
        58.2480,
        11.4580,
        11.440,
        58.241,
        11.478,
        58.240,
        11.482,
        58.252,
        11.470,
        58.257,
        11.445,
        58.256);
    locality(
        m, "Skaftö", "ö", 58.2330, 11.4330, 11.405, 58.225, 11.460, 58.225, 11.468, 58.235, 11.455,
        58.2395, 11.410, 58.239);
    // The rest of the municipality, known by a centre only: a place outside every locality's
    // boundary belongs to the nearest area without one, so it is still counted and routed.
    areas.register(m, "Landsbygden", "landsbygd", 58.3300, 11.4300);
  }

  /** A locality with its centre and a boundary through the corners (longitude, latitude pairs). */
  private void locality(
      MunicipalityId m, String name, String kind, double lat, double lon, double... corners) {
    StringBuilder ring = new StringBuilder();
    for (int i = 0; i <= corners.length; i += 2) {
      int at = i % corners.length;
      ring.append(ring.isEmpty() ? "" : ",")
          .append('[')
          .append(corners[at])
          .append(',')
          .append(corners[at + 1])
          .append(']');
    }
    Geometry boundary = AreaShapes.parse("{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}");
    areas.register(m, new Areas.Input(name, kind, boundary, lat, lon));
  }

  private Organisation loadOrganisations(MunicipalityId m) {
    organisations.register(m, "Kommunfullmäktige", OrganisationKind.COUNCIL, null);
    Organisation ks =
        organisations.register(m, "Kommunstyrelsen", OrganisationKind.EXECUTIVE_BOARD, null);
    organisations.register(m, "Samhällsbyggnadsnämnden", OrganisationKind.COMMITTEE, null);
    organisations.register(m, "Utbildningsnämnden", OrganisationKind.COMMITTEE, null);
    organisations.register(m, "Socialnämnden", OrganisationKind.COMMITTEE, null);
    Organisation ksf =
        organisations.register(
            m, "Kommunstyrelseförvaltningen", OrganisationKind.ADMINISTRATION, null);
    Organisation sbf =
        organisations.register(
            m, "Samhällsbyggnadsförvaltningen", OrganisationKind.ADMINISTRATION, null);
    organisations.register(m, "Tekniska avdelningen", OrganisationKind.DEPARTMENT, sbf.id());
    organisations.register(m, "Avdelningen för Service", OrganisationKind.DEPARTMENT, sbf.id());
    organisations.register(m, "Trygghetsgruppen", OrganisationKind.DEPARTMENT, ksf.id());
    organisations.register(m, "Polisen, lokalpolisområdet", OrganisationKind.POLICE, null);
    organisations.register(m, "LysekilsBostäder AB", OrganisationKind.HOUSING_COMPANY, null);
    organisations.register(
        m, "Föreningsliv och trossamfund (demo)", OrganisationKind.ASSOCIATION, null);
    return ks;
  }

  private void loadDialogues(
      MunicipalityId m, Organisation ks, StaffMember leader, StaffMember conversation) {
    var actor = accounts.actingAs(leader);
    UUID lysekilArea = areaId(m, "Lysekil");
    UUID brastadArea = areaId(m, "Brastad");
    UUID dialogueLevel = ladder.levels(m).get(2).id();

    // 1. The dialogue on safety, now gathering perspectives (step 2) with published feedback.
    DialogueId safety =
        createDialogue.create(
            m,
            new CreateDialogue.Input(
                UUID.nameUUIDFromBytes("demo-safety".getBytes()),
                "Trygghet i Lysekils kommun",
                "Hur kan vi tillsammans göra Lysekils kommun tryggare? Kommunen vill höra invånare,"
                    + " föreningar och företag om vad som skapar trygghet och otrygghet, särskilt"
                    + " bland unga, och vad vi kan göra åt det.",
                lysekilArea,
                TopicOrigin.ELECTED_OFFICIAL,
                "",
                ks.id(),
                LocalDate.of(2020, 6, 10),
                "§ 101",
                "LKS 2020-000123 (demo)"),
            actor);
    manageTeam.appoint(m, safety, conversation.id(), TeamRole.CONVERSATION_LEADER);
    Dialogue created = dialogues.find(m, safety).orElseThrow();
    fillCharter.fill(
        m,
        safety,
        created.version(),
        new Charter(
            "Invånarna ska få vara med och forma trygghetsarbetet, och deras perspektiv ska synas i"
                + " de förslag som politikerna beslutar om.",
            "Politikerna behöver ett bredare underlag än statistik: hur invånare i olika delar av"
                + " kommunen och i olika åldrar upplever tryggheten.",
            "Nå personer som sällan hörs, förstå prioriteringar och stärka sammanhållningen.",
            true,
            "Kommunstyrelsen har beslutat att åtgärder ska tas fram utifrån dialogen.",
            dialogueLevel,
            ConflictLevel.MEDIUM,
            "Frågan berör rykten i sociala medier och olika bilder av vad som händer på stan."
                + " Samtalen leds därför av neutrala samtalsledare.",
            "Invånare i hela kommunen, föreningar, näringsidkare, skolor.",
            "Unga 13–20 år, nyanlända, äldre som bor ensamma. Dialogteamet söker upp dem där de"
                + " finns: skolor, fritidsgårdar, språkcaféer och pensionärsföreningar.",
            "Intervjuerna sammanställs i en rapport i januari. Rapporten publiceras här och blir"
                + " underlag för arbetsgrupperna under våren.",
            "trygghet" + DOMAIN,
            "Under 2020 har oron för otrygghet ökat, särskilt kring unga på stan på kvällar och"
                + " helger. Kommunen har förstärkt trygghetsarbetet (EST) och är en av SKR:s"
                + " pilotkommuner för medborgardialog i komplexa frågor.",
            150_000L,
            1_200,
            LocalDate.of(2020, 9, 28),
            LocalDate.of(2021, 6, 30),
            "Kommunstyrelseförvaltningen (trygghetssamordnaren), ett neutralt dialogteam av"
                + " tjänstepersoner från flera förvaltningar, en extern processledare via SKR.",
            "Intervjuer hösten 2020 (vecka 40 till december), dialoggrupper april–juni 2021"
                + " och återkoppling här efter varje steg."),
        actor);
    planSteps.plan(
        m,
        safety,
        List.of(
            new StepPlan(
                DialogueStep.PREPARATION, LocalDate.of(2020, 6, 10), LocalDate.of(2020, 9, 25)),
            new StepPlan(
                DialogueStep.PERSPECTIVES, LocalDate.of(2020, 9, 28), LocalDate.of(2021, 1, 29)),
            new StepPlan(
                DialogueStep.DIALOGUE, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 6, 18)),
            new StepPlan(
                DialogueStep.PROPOSALS, LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30))));
    Dialogue prepared = dialogues.find(m, safety).orElseThrow();
    changeStep.change(
        m,
        safety,
        prepared.version(),
        DialogueStep.PERSPECTIVES,
        "Förberedelserna är klara. Ett neutralt dialogteam av tjänstepersoner som annars har"
            + " andra uppdrag har bildats. Från vecka 40 till december intervjuar teamet"
            + " föreningar, företag och invånare. Du kan också själv höra av dig till teamet via"
            + " e-post eller kontaktcenter. I januari sammanställs allt i en rapport.",
        actor);

    // 2. A dialogue being prepared (step 1).
    createDialogue.create(
        m,
        new CreateDialogue.Input(
            UUID.nameUUIDFromBytes("demo-brastad".getBytes()),
            "Trygga mötesplatser i Brastad",
            "Var vill unga och vuxna i Brastad träffas, och vad behövs för att platserna ska kännas"
                + " trygga på kvällar och helger?",
            brastadArea,
            TopicOrigin.CITIZEN_PROPOSAL,
            "Medborgarförslag LKS 2026-000045 (demo)",
            ks.id(),
            LocalDate.of(2026, 10, 14),
            "§ 188",
            "LKS 2026-000045 (demo)"),
        actor);

    // 3. An information activity: the question cannot be influenced.
    DialogueId lighting =
        createDialogue.create(
            m,
            new CreateDialogue.Input(
                UUID.nameUUIDFromBytes("demo-lighting".getBytes()),
                "Ny belysning längs Kungsgatan",
                "Belysningen längs Kungsgatan byts ut under våren. Beslutet är fattat och"
                    + " finansierat; här berättar vi vad som händer och när.",
                lysekilArea,
                TopicOrigin.OFFICIAL,
                "",
                ks.id(),
                LocalDate.of(2026, 9, 2),
                "§ 150",
                "LKS 2026-000031 (demo)"),
            actor);
    Dialogue lightingDialogue = dialogues.find(m, lighting).orElseThrow();
    fillCharter.fill(
        m,
        lighting,
        lightingDialogue.version(),
        new Charter(
            "Invånarna ska veta vad som händer och kunna ställa frågor.",
            "Synpunkter på genomförandet (till exempel tider för arbetet) tas om hand av"
                + " Tekniska avdelningen.",
            "",
            false,
            "Beslutet om belysningen är redan fattat och finansierat.",
            // An information activity promises information: the lowest level of the ladder.
            ladder.levels(m).get(0).id(),
            ConflictLevel.LOW,
            "",
            "Boende och näringsidkare längs Kungsgatan.",
            "Äldre och personer med synnedsättning, som påverkas mest av belysningen.",
            "Information på webben och i brev till boende längs gatan.",
            "teknik" + DOMAIN,
            "Belysningen längs Kungsgatan är gammal och ojämn, och många har sagt att gatan"
                + " känns mörk på kvällen.",
            0L,
            40,
            LocalDate.of(2026, 9, 2),
            LocalDate.of(2027, 4, 30),
            "Tekniska avdelningen och kommunikationsenheten.",
            "Information på webben i mars och brev till boende längs gatan innan arbetet"
                + " börjar."),
        actor);
    changeStep.change(
        m,
        lighting,
        dialogues.find(m, lighting).orElseThrow().version(),
        DialogueStep.DECISION,
        "Arbetet med ny belysning är beslutat. Arbetet börjar i mars och pågår i sex veckor.",
        actor);
  }

  private UUID areaId(MunicipalityId m, String name) {
    return areas.all(m).stream()
        .filter(a -> a.name().equals(name))
        .map(Area::id)
        .findFirst()
        .orElseThrow();
  }
}
