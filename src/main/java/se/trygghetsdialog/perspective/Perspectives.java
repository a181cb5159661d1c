package se.trygghetsdialog.perspective;

import java.time.LocalDate;
import java.util.List;
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
        .map(
            p ->
                new PublicPerspective(
                    p.id(),
                    p.kind(),
                    p.text(),
                    names(themes, p.themeIds()),
                    p.channel(),
                    p.date(),
                    p.areaId(),
                    p.minority(),
                    p.dissent()))
        .toList();
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
