package se.trygghetsdialog.tenancy;

import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.shared.LocalizedText;

/**
 * The default participation ladder: the five levels commonly cited from SKL's delaktighetstrappa
 * (Information, Konsultation, Dialog, Inflytande, Medbestämmande), each explained in plain Swedish.
 * Municipalities may replace it, for example with Boverket's four levels.
 */
final class DefaultLadder {

  private DefaultLadder() {}

  static List<ParticipationLevel> levels() {
    return List.of(
        level(
            1,
            "Information",
            "Information",
            "Du får veta vad som planeras och varför. Du kan inte påverka beslutet i den här frågan.",
            "You are told what is planned and why. You cannot influence the decision on this question."),
        level(
            2,
            "Konsultation",
            "Consultation",
            "Vi frågar vad du tycker om förslag som redan finns. Dina svar blir en del av underlaget"
                + " när politikerna beslutar.",
            "We ask what you think about existing proposals. Your answers become part of the basis"
                + " for the politicians' decision."),
        level(
            3,
            "Dialog",
            "Dialogue",
            "Vi samtalar med varandra för att förstå olika perspektiv och hitta lösningar. Politikerna"
                + " beslutar sedan med dialogens resultat som underlag.",
            "We talk together to understand different perspectives and find solutions. The"
                + " politicians then decide with the results of the dialogue as a basis."),
        level(
            4,
            "Inflytande",
            "Influence",
            "Du är med och tar fram förslagen från början. Politikerna har lovat att väga in förslagen"
                + " och förklara sitt beslut.",
            "You help develop the proposals from the start. The politicians have promised to weigh"
                + " them and explain their decision."),
        level(
            5,
            "Medbestämmande",
            "Co-decision",
            "Du och kommunen beslutar tillsammans inom ramar som politikerna har bestämt.",
            "You and the municipality decide together within limits the politicians have set."));
  }

  private static ParticipationLevel level(
      int rank, String nameSv, String nameEn, String explanationSv, String explanationEn) {
    return new ParticipationLevel(
        UUID.randomUUID(),
        rank,
        new LocalizedText(nameSv, nameEn),
        new LocalizedText(explanationSv, explanationEn));
  }
}
