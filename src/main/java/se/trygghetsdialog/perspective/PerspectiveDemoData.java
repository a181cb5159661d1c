package se.trygghetsdialog.perspective;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Demo data for Lysekil: themes, a handful of contacts from the 2021 interviews and street
 * outreach, and the perspectives heard, for the demo dialogue. Runs after the core demo data;
 * idempotent.
 */
@DemoData
@Order(310)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PerspectiveDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PerspectiveDemoData.class);
  private static final String DIALOGUE_TITLE = "Trygghet i Lysekils kommun";

  private final Municipalities municipalities;
  private final Dialogues dialogues;
  private final Areas areas;
  private final Perspectives perspectives;
  private final DefineThemes defineThemes;
  private final LogContacts logContacts;
  private final PersonalDataScreener screener;

  private record Heard(
      PerspectiveKind kind, String text, List<String> themes, boolean minority, boolean dissent) {}

  private record Met(
      String key,
      Channel channel,
      LocalDate date,
      String area,
      int people,
      int[] ages,
      int[] genders,
      List<Heard> heard) {}

  private static final Map<String, String> THEMES =
      Map.of(
          "Centrum på kvällen", "Hur det känns att röra sig i centrum efter mörkrets inbrott.",
          "Unga och fritid", "Platser och sysselsättning för unga, kvällar och helger.",
          "Förtroende", "Tilliten till kommunen, polisen och varandra.");

  private static final List<Met> CONTACTS =
      List.of(
          new Met(
              "intervju-1",
              Channel.INTERVIEW,
              LocalDate.of(2021, 3, 2),
              "Lysekil",
              2,
              new int[] {0, 0, 1, 1, 0},
              new int[] {1, 1, 0},
              List.of(
                  new Heard(
                      PerspectiveKind.FEELING,
                      "Det känns otryggt att gå genom centrum sent på kvällen när butikerna stängt.",
                      List.of("Centrum på kvällen"),
                      false,
                      false),
                  new Heard(
                      PerspectiveKind.IDEA,
                      "Bättre belysning längs vägen mellan hamnen och busstationen.",
                      List.of("Centrum på kvällen"),
                      false,
                      false))),
          new Met(
              "uppsokande-1",
              Channel.STREET_OUTREACH,
              LocalDate.of(2021, 3, 12),
              "Lysekil",
              6,
              new int[] {5, 1, 0, 0, 0},
              new int[] {2, 3, 0},
              List.of(
                  new Heard(
                      PerspectiveKind.IDEA,
                      "Håll spontanidrottsarenan öppen och belyst på kvällarna.",
                      List.of("Unga och fritid"),
                      false,
                      false),
                  new Heard(
                      PerspectiveKind.STANCE,
                      "Vi känner oss inte otrygga, det är vuxna som är rädda för oss.",
                      List.of("Unga och fritid", "Förtroende"),
                      false,
                      true))),
          new Met(
              "skola-1",
              Channel.SCHOOL_VISIT,
              LocalDate.of(2021, 4, 8),
              "Brastad",
              18,
              new int[] {18, 0, 0, 0, 0},
              new int[] {9, 8, 1},
              List.of(
                  new Heard(
                      PerspectiveKind.FEELING,
                      "Bussen hem går för sällan, så man står länge och väntar i mörkret.",
                      List.of("Unga och fritid"),
                      true,
                      false))),
          new Met(
              "forening-1",
              Channel.ASSOCIATION_VISIT,
              LocalDate.of(2021, 4, 20),
              "Skaftö",
              9,
              new int[] {0, 0, 2, 3, 4},
              new int[] {5, 4, 0},
              List.of(
                  new Heard(
                      PerspectiveKind.STANCE,
                      "Kommunen lyssnar inte på oss som bor på öarna.",
                      List.of("Förtroende"),
                      true,
                      false))));

  private static UUID token(String key) {
    return UUID.nameUUIDFromBytes(("demo-perspective-" + key).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void run(ApplicationArguments args) {
    municipalities.byCode("1484").map(Tenant::id).ifPresent(this::load);
  }

  private void load(MunicipalityId m) {
    Dialogue dialogue = dialogues.titled(m, DIALOGUE_TITLE).orElse(null);
    if (dialogue == null) {
      log.info("The demo dialogue is missing; no demo perspectives loaded");
      return;
    }
    List<TeamMember> team = dialogues.team(m, dialogue.id());
    if (team.isEmpty()) {
      log.info("The demo dialogue has no team; no demo perspectives loaded");
      return;
    }
    UUID actor = team.get(0).accountId();
    Map<String, UUID> themes = new HashMap<>();
    perspectives.themes(m, dialogue.id()).forEach(t -> themes.put(t.name(), t.id()));
    THEMES.forEach(
        (name, description) -> {
          if (!themes.containsKey(name)) {
            themes.put(
                name,
                defineThemes.define(
                    m, dialogue.id(), actor, new DefineThemes.Command(name, description)));
          }
        });
    Map<String, UUID> areaIds = new HashMap<>();
    areas.all(m).forEach(a -> areaIds.put(a.name(), a.id()));
    for (Met met : CONTACTS) {
      UUID contactId =
          logContacts.log(
              m,
              dialogue.id(),
              actor,
              new LogContacts.ContactCommand(
                  met.channel(),
                  met.date(),
                  areaIds.get(met.area()),
                  met.people(),
                  met.ages()[0],
                  met.ages()[1],
                  met.ages()[2],
                  met.ages()[3],
                  met.ages()[4],
                  met.genders()[0],
                  met.genders()[1],
                  met.genders()[2],
                  token(met.key()),
                  null));
      Contact contact = perspectives.contact(m, dialogue.id(), contactId).orElseThrow();
      int n = 0;
      for (Heard heard : met.heard()) {
        logContacts.record(
            m,
            contact,
            actor,
            new LogContacts.PerspectiveCommand(
                heard.kind(),
                new ScreenedText(screener.screen(heard.text())),
                heard.themes().stream().map(themes::get).toList(),
                heard.minority(),
                heard.dissent(),
                token(met.key() + "-" + n++),
                null));
      }
    }
  }
}
