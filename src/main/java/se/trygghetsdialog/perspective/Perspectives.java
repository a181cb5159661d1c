package se.trygghetsdialog.perspective;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Reads a dialogue's themes, logged contacts and perspectives: for the team's pages (everything,
 * flagged texts included) and, through {@link #map}, {@link #publicPerspectives} and {@link
 * #counts}, for other modules such as a later report (public texts only, no personal data).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Perspectives {

  /**
   * A perspective as a report may show it: its text had no personal data findings.
   *
   * @param themes the names of its themes
   */
  public record PublicPerspective(
      UUID id,
      PerspectiveKind kind,
      String text,
      List<String> themes,
      Channel channel,
      LocalDate date,
      @Nullable UUID areaId,
      boolean minority,
      boolean dissent) {

    public PublicPerspective {
      themes = List.copyOf(themes);
    }
  }

  /**
   * What the team logged for a dialogue, as counts.
   *
   * @param flagged perspectives whose text screening flagged (left out of public texts)
   */
  public record Counts(
      int contacts, int people, int perspectives, int minority, int dissent, int flagged) {}

  private final PerspectiveRepository repository;

  public List<Theme> themes(MunicipalityId m, DialogueId dialogue) {
    return repository.themes(m, dialogue.value());
  }

  /** The theme, if it is one of the dialogue's. */
  public Optional<Theme> theme(MunicipalityId m, DialogueId dialogue, UUID id) {
    return repository.theme(m, id).filter(t -> t.dialogueId().equals(dialogue.value()));
  }

  /** The dialogue's contacts, newest first. */
  public List<Contact> contacts(MunicipalityId m, DialogueId dialogue) {
    return repository.contacts(m, dialogue.value());
  }

  /** The contact, if it is one of the dialogue's. */
  public Optional<Contact> contact(MunicipalityId m, DialogueId dialogue, UUID id) {
    return repository.contact(m, id).filter(c -> c.dialogueId().equals(dialogue.value()));
  }

  /** Every perspective of the dialogue, newest first, flagged texts included: for the team. */
  public List<Perspective> perspectives(MunicipalityId m, DialogueId dialogue) {
    return repository.perspectives(m, dialogue.value());
  }

  /** The perspectives heard in a contact, in the order recorded. */
  public List<Perspective> ofContact(MunicipalityId m, Contact contact) {
    return repository.ofContact(m, contact.id());
  }

  /** The perspective, if it is one of the dialogue's. */
  public Optional<Perspective> perspective(MunicipalityId m, DialogueId dialogue, UUID id) {
    return repository.perspective(m, id).filter(p -> p.dialogueId().equals(dialogue.value()));
  }

  /** The perspective with that id in the municipality, if any. */
  Optional<Perspective> perspective(MunicipalityId m, UUID id) {
    return repository.perspective(m, id);
  }

  List<UUID> newestUnflagged(MunicipalityId m, int limit) {
    return repository.newestUnflagged(m, limit);
  }

  /** The perspective map: themes × channels. */
  public PerspectiveMap map(MunicipalityId m, DialogueId dialogue) {
    return PerspectiveMap.of(themes(m, dialogue), perspectives(m, dialogue));
  }

  /** The perspectives a report may show: texts without personal data findings, newest first. */
  public List<PublicPerspective> publicPerspectives(MunicipalityId m, DialogueId dialogue) {
    List<Theme> themes = themes(m, dialogue);
    return perspectives(m, dialogue).stream()
        .filter(p -> !p.flagged())
        .map(p -> toPublic(themes, p))
        .toList();
  }

  /**
   * The newest minority and dissenting perspectives a report may quote (texts without personal data
   * findings), at most {@code limit}: read without loading the others.
   */
  public List<PublicPerspective> quoted(MunicipalityId m, DialogueId dialogue, int limit) {
    List<Theme> themes = themes(m, dialogue);
    return repository.quoted(m, dialogue.value(), limit).stream()
        .map(p -> toPublic(themes, p))
        .toList();
  }

  /**
   * The perspective map counted in the database, equal to {@link #map}: for reports over large
   * dialogues, which must not load every perspective to count them.
   */
  public PerspectiveMap mapCounted(MunicipalityId m, DialogueId dialogue) {
    List<PerspectiveRepository.MapCell> cells = repository.mapCells(m, dialogue.value());
    List<PerspectiveMap.Row> rows = new ArrayList<>();
    for (Theme theme : themes(m, dialogue)) {
      Map<Channel, Integer> counts = channels();
      cells.stream()
          .filter(c -> theme.id().equals(c.themeId()))
          .forEach(c -> counts.merge(c.channel(), c.count(), Integer::sum));
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      if (!theme.archived() || total > 0) {
        rows.add(new PerspectiveMap.Row(theme.id(), theme.name(), counts, total));
      }
    }
    Map<Channel, Integer> untagged = channels();
    cells.stream()
        .filter(c -> c.themeId() == null)
        .forEach(c -> untagged.merge(c.channel(), c.count(), Integer::sum));
    int untaggedTotal = untagged.values().stream().mapToInt(Integer::intValue).sum();
    if (untaggedTotal > 0) {
      rows.add(new PerspectiveMap.Row(null, "", untagged, untaggedTotal));
    }
    Map<Channel, Integer> totals = channels();
    int total = 0;
    int minority = 0;
    int dissent = 0;
    for (PerspectiveRepository.ChannelTotal t : repository.channelTotals(m, dialogue.value())) {
      totals.put(t.channel(), t.count());
      total += t.count();
      minority += t.minority();
      dissent += t.dissent();
    }
    return new PerspectiveMap(rows, totals, total, minority, dissent);
  }

  private static Map<Channel, Integer> channels() {
    Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
    Arrays.stream(Channel.values()).forEach(c -> counts.put(c, 0));
    return counts;
  }

  private static PublicPerspective toPublic(List<Theme> themes, Perspective p) {
    return new PublicPerspective(
        p.id(),
        p.kind(),
        p.text(),
        names(themes, p.themeIds()),
        p.channel(),
        p.date(),
        p.areaId(),
        p.minority(),
        p.dissent());
  }

  private static List<String> names(List<Theme> themes, Set<UUID> ids) {
    return themes.stream().filter(t -> ids.contains(t.id())).map(Theme::name).toList();
  }

  public Counts counts(MunicipalityId m, DialogueId dialogue) {
    List<Contact> contacts = contacts(m, dialogue);
    List<Perspective> perspectives = perspectives(m, dialogue);
    return new Counts(
        contacts.size(),
        contacts.stream().mapToInt(Contact::people).sum(),
        perspectives.size(),
        (int) perspectives.stream().filter(Perspective::minority).count(),
        (int) perspectives.stream().filter(Perspective::dissent).count(),
        (int) perspectives.stream().filter(Perspective::flagged).count());
  }
}
