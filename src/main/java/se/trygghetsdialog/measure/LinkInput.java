package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.BindParam;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * Staff link a measure to an input it answers. The input must be known to the {@link InputResolver}
 * of its type; types no module resolves yet are refused.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LinkInput {

  /**
   * The link form of a measure's page: an input picked from search results ({@code choice}, when a
   * search was made), or typed as type and id.
   *
   * @param query the search words, present when the input was picked from search results
   */
  public record Command(
      @Nullable String inputType,
      @Nullable UUID inputId,
      @Nullable InputRef choice,
      @BindParam("sok") @Nullable String query) {

    /** The input to link, or the field that lacks it. */
    InputRef input() {
      if (query != null || choice != null) {
        if (choice == null) {
          throw new MeasureRuleViolation("choice", "measure.error.link.choose");
        }
        return choice;
      }
      if (inputType == null || inputType.isBlank()) {
        throw new MeasureRuleViolation("inputType", "measure.error.link.unknownType");
      }
      if (inputId == null) {
        throw new MeasureRuleViolation("inputId", "measure.error.link.idRequired");
      }
      return new InputRef(inputType.strip(), inputId);
    }
  }

  /** How many of the newest inputs of each type a search looks through. */
  static final int SEARCHED_PER_TYPE = 200;

  private static final java.util.Locale SWEDISH = java.util.Locale.forLanguageTag("sv");

  private final MeasureRepository measures;
  private final List<InputResolver> resolvers;
  private final ApplicationEventPublisher events;

  /** The input types some module resolves, for the "link an input" form. */
  public List<String> knownTypes() {
    return resolvers.stream().map(InputResolver::type).distinct().sorted().toList();
  }

  /** The public label of an input, if a resolver knows it. */
  public Optional<String> label(MunicipalityId municipality, InputRef input) {
    return resolvers.stream()
        .filter(r -> r.type().equals(input.type()))
        .map(r -> r.label(municipality, input.id()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Inputs whose label contains every word of {@code query} (case does not matter), among the
   * newest {@link #SEARCHED_PER_TYPE} of each type, or only of {@code type} when it is not blank;
   * at most {@code limit}, grouped by type.
   */
  public List<InputChoice> search(
      MunicipalityId municipality, String type, String query, int limit) {
    List<String> words =
        java.util.Arrays.stream(query.toLowerCase(SWEDISH).split("\\s+"))
            .filter(w -> !w.isBlank())
            .toList();
    List<InputChoice> found = new java.util.ArrayList<>();
    for (InputResolver resolver : resolvers) {
      if (!type.isBlank() && !resolver.type().equals(type)) {
        continue;
      }
      for (UUID id : resolver.newest(municipality, SEARCHED_PER_TYPE)) {
        if (found.size() >= limit) {
          return found;
        }
        resolver
            .label(municipality, id)
            .filter(
                label -> {
                  String text = label.toLowerCase(SWEDISH);
                  return words.stream().allMatch(text::contains);
                })
            .ifPresent(
                label -> found.add(new InputChoice(new InputRef(resolver.type(), id), label)));
      }
    }
    return found;
  }

  /** The link form: as {@link #link(MunicipalityId, MeasureId, InputRef, StaffPrincipal)}. */
  @Transactional
  public boolean link(
      MunicipalityId municipality, MeasureId id, Command command, @Nullable StaffPrincipal actor) {
    return link(municipality, id, command.input(), actor);
  }

  /**
   * @return false if the measure was already linked to the input
   * @throws MeasureRuleViolation if the type is unknown or the input does not exist
   */
  @Transactional
  public boolean link(
      MunicipalityId municipality, MeasureId id, InputRef input, @Nullable StaffPrincipal actor) {
    measures.find(municipality, id).orElseThrow(() -> new NotFoundException("measure"));
    if (resolvers.stream().noneMatch(r -> r.type().equals(input.type()))) {
      throw new MeasureRuleViolation("inputType", "measure.error.link.unknownType");
    }
    String label =
        label(municipality, input)
            .orElseThrow(() -> new MeasureRuleViolation("inputId", "measure.error.link.notFound"));
    UUID actorId = actor == null ? null : actor.accountId();
    boolean added = measures.link(municipality, id, input, label, actorId);
    if (added) {
      events.publishEvent(new InputLinked(municipality, id, input, OffsetDateTime.now(), actorId));
    }
    return added;
  }
}
