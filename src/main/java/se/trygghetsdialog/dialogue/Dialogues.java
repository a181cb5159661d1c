package se.trygghetsdialog.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/** Reads dialogues for public pages, staff pages and other modules. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Dialogues {

  /** One page of dialogues and the total count for pagination. */
  public record Page(List<Dialogue> items, int total, int page, int pageSize) {
    public int pages() {
      return Math.max(1, (total + pageSize - 1) / pageSize);
    }
  }

  private final DialogueRepository dialogues;
  private final DialogueTeam team;

  public Optional<Dialogue> find(MunicipalityId municipality, DialogueId id) {
    return dialogues.find(municipality, id);
  }

  /**
   * The first of the municipality's newest 200 dialogues with exactly this title, for demo data
   * that adds to a demo dialogue it knows by name.
   */
  public Optional<Dialogue> titled(MunicipalityId municipality, String title) {
    return list(municipality, null, null, 1, 200).items().stream()
        .filter(d -> title.equals(d.title()))
        .findFirst();
  }

  /**
   * The dialogue an address names by its id, for the public pages.
   *
   * @throws NotFoundException for an id that is not one or names no dialogue of the municipality
   */
  public Dialogue named(MunicipalityId municipality, String id) {
    DialogueId dialogueId;
    try {
      dialogueId = DialogueId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("dialogue " + id);
    }
    return find(municipality, dialogueId)
        .orElseThrow(() -> new NotFoundException("dialogue " + id));
  }

  /**
   * The dialogue a staff page is about, when the signed-in staff member may manage it (its team's
   * process leader or an administrator); for the staff pages of this and other modules.
   *
   * @throws NotFoundException if the municipality has no such dialogue
   * @throws org.springframework.security.access.AccessDeniedException if nobody is signed in or the
   *     staff member may not manage it
   */
  public Dialogue managed(MunicipalityId municipality, UUID id) {
    Dialogue dialogue =
        find(municipality, new DialogueId(id)).orElseThrow(() -> new NotFoundException("dialogue"));
    StaffAccounts.signedIn(
        staff -> DialoguePolicy.mayManage(staff, team(municipality, dialogue.id())),
        "may not manage this dialogue");
    return dialogue;
  }

  /**
   * The dialogue a staff page about the team's own material is about, when the signed-in staff
   * member is in its team ({@link DialoguePolicy#mayWorkOn}); for the staff pages of other modules.
   *
   * @throws NotFoundException if the municipality has no such dialogue
   * @throws org.springframework.security.access.AccessDeniedException if nobody is signed in or the
   *     staff member is not in the team
   */
  public Dialogue ofTeam(MunicipalityId municipality, UUID id) {
    Dialogue dialogue =
        find(municipality, new DialogueId(id)).orElseThrow(() -> new NotFoundException("dialogue"));
    StaffAccounts.signedIn(
        staff -> DialoguePolicy.mayWorkOn(staff, team(municipality, dialogue.id())),
        "not in this dialogue's team");
    return dialogue;
  }

  /**
   * @param page 1-based page number; values below 1 give the first page
   */
  public Page list(
      MunicipalityId municipality,
      @Nullable DialogueStatus status,
      @Nullable UUID area,
      int page,
      int pageSize) {
    List<String> steps =
        status == null
            ? null
            : Arrays.stream(DialogueStep.values())
                .filter(s -> DialogueStatus.of(s) == status)
                .map(Enum::name)
                .toList();
    int current = Math.max(1, page);
    int total = dialogues.count(municipality, steps, area);
    return new Page(
        dialogues.list(municipality, steps, area, pageSize, (current - 1) * pageSize),
        total,
        current,
        pageSize);
  }

  public List<StepRecord> history(MunicipalityId municipality, DialogueId id) {
    return dialogues.history(municipality, id);
  }

  public List<TeamMember> team(MunicipalityId municipality, DialogueId id) {
    return team.of(municipality, id);
  }

  /** Planned dates for every step in step order (steps without dates have nulls). */
  public List<StepPlan> plan(MunicipalityId municipality, DialogueId id) {
    List<StepPlan> stored = dialogues.plan(municipality, id);
    return Arrays.stream(DialogueStep.values())
        .map(
            step ->
                stored.stream()
                    .filter(p -> p.step() == step)
                    .findFirst()
                    .orElse(new StepPlan(step, null, null)))
        .toList();
  }
}
