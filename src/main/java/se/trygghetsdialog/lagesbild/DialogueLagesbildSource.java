package se.trygghetsdialog.lagesbild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueStatus;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Dialogue results for part 2 of the lägesbild: the municipality's citizen dialogues started by the
 * end of the period, counted by status, and their public titles with the current step.
 */
@Component
@Order(10)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueLagesbildSource implements LagesbildSource {

  static final String KEY = "dialogue.overview";
  static final int MAX_DIALOGUES = 200;

  private final Dialogues dialogues;
  private final MessageSource messages;

  @Override
  public List<LagesbildFact> facts(
      MunicipalityId municipality, LocalDate from, LocalDate to, Locale locale) {
    List<Dialogue> started =
        dialogues.list(municipality, null, null, 1, MAX_DIALOGUES).items().stream()
            .filter(d -> !d.createdAt().toLocalDate().isAfter(to))
            .toList();
    if (started.isEmpty()) {
      return List.of();
    }
    Map<DialogueStatus, Long> byStatus = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (Dialogue d : started) {
      byStatus.merge(d.status(), 1L, Long::sum);
      lines.add(d.title() + " – " + t(locale, "dialogue.step." + d.step().name()));
    }
    List<LagesbildFact.Row> rows =
        byStatus.entrySet().stream()
            .map(
                e ->
                    new LagesbildFact.Row(
                        t(locale, "dialogue.status." + e.getKey().name()), e.getValue()))
            .toList();
    return List.of(
        new LagesbildFact(
            KEY,
            t(locale, "measure.lagesbild.source.dialogue"),
            t(locale, "measure.lagesbild.fact.dialogues"),
            rows,
            String.join("\n", lines)));
  }

  private String t(Locale locale, String key) {
    return messages.getMessage(key, null, key, locale);
  }
}
