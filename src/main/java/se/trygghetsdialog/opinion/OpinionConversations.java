package se.trygghetsdialog.opinion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.opinion.clustering.Priority;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Reads a dialogue's opinion mapping for public pages, staff pages and other modules: its settings,
 * statements, the next statement for a participant and the latest stored opinion map. Also turns a
 * resident's cookie pseudonym into a participant.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OpinionConversations {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final OpinionRepository repository;
  private final OpinionMaps maps;

  private static final int MAX_PARSED_MAPS = 1000;

  private final Map<OpinionRepository.DialogueRef, ParsedMap> parsed =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The settings; the defaults if the team never changed them. */
  public Conversation conversation(MunicipalityId municipality, DialogueId dialogue) {
    return repository
        .conversation(municipality, dialogue)
        .orElseGet(() -> Conversation.defaults(municipality, dialogue));
  }

  /** Whether residents may vote and write statements in this dialogue now. */
  public boolean openFor(MunicipalityId municipality, Dialogue dialogue) {
    return OpinionPolicy.votingOpen(dialogue, conversation(municipality, dialogue.id()));
  }

  /** All statements in number order, whatever their visibility (staff pages). */
  public List<Statement> statements(MunicipalityId municipality, DialogueId dialogue) {
    return repository.statements(municipality, dialogue);
  }

  /** The statements residents see, in number order. */
  public List<Statement> shown(MunicipalityId municipality, DialogueId dialogue) {
    return repository.statements(municipality, dialogue).stream().filter(Statement::shown).toList();
  }

  public Optional<Statement> statement(MunicipalityId municipality, StatementId id) {
    return repository.statement(municipality, id);
  }

  /** The latest opinion map the background worker stored. */
  public Optional<OpinionMap> map(MunicipalityId municipality, DialogueId dialogue) {
    // Every vote's next statement reads the map: parse its JSON only when a newer one is stored.
    Optional<OffsetDateTime> stored = repository.resultComputedAt(municipality, dialogue);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    OpinionRepository.DialogueRef ref = new OpinionRepository.DialogueRef(municipality, dialogue);
    ParsedMap cached = parsed.get(ref);
    if (cached != null && cached.storedAt().equals(stored.get())) {
      return Optional.of(cached.map());
    }
    Optional<ParsedMap> read =
        repository
            .result(municipality, dialogue)
            .map(r -> new ParsedMap(r.computedAt(), maps.read(r.json())));
    read.ifPresent(
        fresh -> {
          if (parsed.size() >= MAX_PARSED_MAPS) {
            parsed.clear();
          }
          parsed.put(ref, fresh);
        });
    return read.map(ParsedMap::map);
  }

  private record ParsedMap(OffsetDateTime storedAt, OpinionMap map) {}

  /**
   * Where a participant stands: the next statement for them (see {@link #next}), how many
   * statements they voted on and how many are shown. One read of each.
   */
  public record Progress(Optional<Statement> next, int voted, int shown) {}

  public Progress progress(
      MunicipalityId municipality,
      DialogueId dialogue,
      Optional<ParticipantId> participant,
      RandomGenerator random) {
    Set<StatementId> voted =
        participant.map(p -> repository.votedBy(municipality, p)).orElse(Set.of());
    List<Statement> shown = shown(municipality, dialogue);
    return new Progress(
        next(municipality, dialogue, shown, voted, random), voted.size(), shown.size());
  }

  /**
   * The next statement for a participant: a shown statement they have not voted on, drawn by the
   * latest map's priorities (Polis routing); while there are no priorities yet (no map, or too few
   * votes for groups), the statement with the fewest votes, then the oldest.
   */
  public Optional<Statement> next(
      MunicipalityId municipality,
      DialogueId dialogue,
      Optional<ParticipantId> participant,
      RandomGenerator random) {
    return progress(municipality, dialogue, participant, random).next();
  }

  private Optional<Statement> next(
      MunicipalityId municipality,
      DialogueId dialogue,
      List<Statement> shown,
      Set<StatementId> voted,
      RandomGenerator random) {
    List<Statement> open = shown.stream().filter(s -> !voted.contains(s.id())).toList();
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Optional<OpinionMap> map =
        map(municipality, dialogue).filter(candidate -> !candidate.priorities().isEmpty());
    if (map.isEmpty()) {
      Map<StatementId, Integer> counts = repository.voteCountsOfShown(municipality, dialogue);
      return open.stream()
          .min(
              Comparator.<Statement>comparingInt(s -> counts.getOrDefault(s.id(), 0))
                  .thenComparingInt(Statement::number));
    }
    double[] priority = new double[open.size()];
    for (int j = 0; j < priority.length; j++) {
      priority[j] = map.get().priorities().getOrDefault(open.get(j).number(), 0.0);
    }
    int chosen = Priority.pickNext(priority, j -> true, open.size(), random.nextDouble());
    return Optional.of(open.get(Math.max(0, chosen)));
  }

  /** The participant's earlier vote on a statement, if any. */
  public Optional<Vote> vote(
      MunicipalityId municipality, ParticipantId participant, StatementId s) {
    return repository.vote(municipality, participant, s);
  }

  /** How many statements the participant has voted on. */
  public int votedCount(MunicipalityId municipality, Optional<ParticipantId> participant) {
    return participant.map(p -> repository.votedBy(municipality, p).size()).orElse(0);
  }

  // ---- pseudonyms ------------------------------------------------------------------------------

  /** A fresh random pseudonym for the cookie. */
  public static String newPseudonym() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The participant behind a cookie pseudonym, if they have taken part. */
  public Optional<ParticipantId> participant(
      MunicipalityId municipality, DialogueId dialogue, String pseudonym) {
    if (pseudonym.isBlank()) {
      return Optional.empty();
    }
    return repository.participantByHash(municipality, dialogue, hash(pseudonym));
  }

  /** The participant behind a pseudonym, created on first use (also under parallel requests). */
  @Transactional
  public ParticipantId participate(
      MunicipalityId municipality, DialogueId dialogue, String pseudonym) {
    String hash = hash(pseudonym);
    Optional<ParticipantId> existing = repository.participantByHash(municipality, dialogue, hash);
    if (existing.isPresent()) {
      return existing.get();
    }
    repository.ensureConversation(municipality, dialogue);
    int number = repository.reserveParticipantNumbers(municipality, dialogue, 1);
    repository.insertParticipant(
        municipality, dialogue, new ParticipantId(UUID.randomUUID()), number, hash);
    return repository.participantByHash(municipality, dialogue, hash).orElseThrow();
  }

  static String hash(String pseudonym) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(pseudonym.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
