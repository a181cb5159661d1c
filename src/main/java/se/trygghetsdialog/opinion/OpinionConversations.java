package se.trygghetsdialog.opinion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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

  /**
   * How long the voting card trusts the shown statements and the stored map's time it last read for
   * a dialogue. Changes made on this node are seen at once (see {@link #forget}); those of another
   * node within this time.
   */
  static final Duration REMEMBERED = Duration.ofSeconds(1);

  private final Map<OpinionRepository.DialogueRef, ParsedMap> parsed =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<OpinionRepository.DialogueRef, Remembered<List<Statement>>> shownForVoting =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<OpinionRepository.DialogueRef, Remembered<Optional<OpinionMap>>> routing =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record Remembered<T>(T value, long readAt) {
    boolean fresh() {
      return System.nanoTime() - readAt < REMEMBERED.toNanos();
    }
  }

  /** The settings; the defaults if the team never changed them. */
  public Conversation conversation(MunicipalityId municipality, DialogueId dialogue) {
    return repository
        .conversation(municipality, dialogue)
        .orElseGet(() -> Conversation.defaults(municipality, dialogue));
  }

  /** The settings and the participant behind a pseudonym (if they have taken part). */
  public record Voter(Conversation conversation, Optional<ParticipantId> participant) {}

  /** {@link #conversation} and {@link #participant} in one read. */
  public Voter voter(MunicipalityId municipality, DialogueId dialogue, String pseudonym) {
    OpinionRepository.Voter row = repository.voter(municipality, dialogue, hash(pseudonym));
    return new Voter(
        row.openSteps() == null
            ? Conversation.defaults(municipality, dialogue)
            : new Conversation(municipality, dialogue, row.openSteps()),
        pseudonym.isBlank() ? Optional.empty() : Optional.ofNullable(row.participant()));
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
    return progress(municipality, dialogue, voted, random);
  }

  /**
   * Where a participant who voted on these statements stands (for the card after a vote, whose
   * answer already lists them). The shown statements and the map's priorities may be up to {@link
   * #REMEMBERED} old when another node changed them.
   */
  public Progress progress(
      MunicipalityId municipality,
      DialogueId dialogue,
      Set<StatementId> voted,
      RandomGenerator random) {
    OpinionRepository.DialogueRef ref = new OpinionRepository.DialogueRef(municipality, dialogue);
    List<Statement> shown = remembered(shownForVoting, ref, () -> shown(municipality, dialogue));
    return new Progress(
        next(municipality, dialogue, shown, voted, random), voted.size(), shown.size());
  }

  /** Counts {@link #forget}s: a read that a forget overtook is used once but not kept. */
  private final java.util.concurrent.atomic.AtomicLong forgets =
      new java.util.concurrent.atomic.AtomicLong();

  private <T> T remembered(
      Map<OpinionRepository.DialogueRef, Remembered<T>> cache,
      OpinionRepository.DialogueRef ref,
      java.util.function.Supplier<T> read) {
    Remembered<T> cached = cache.get(ref);
    if (cached != null && cached.fresh()) {
      return cached.value();
    }
    if (cache.size() >= MAX_PARSED_MAPS) {
      cache.clear();
    }
    long before = forgets.get();
    T value = read.get();
    if (forgets.get() == before) {
      cache.put(ref, new Remembered<>(value, System.nanoTime()));
    }
    return value;
  }

  /**
   * Forgets what the voting card remembers of a dialogue: its statements were shown, hidden or
   * added, or a new map was stored. Also after the commit, so a read between the change and its
   * commit is not kept.
   */
  private void forget(OpinionRepository.DialogueRef ref) {
    forgets.incrementAndGet();
    shownForVoting.remove(ref);
    routing.remove(ref);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              forgets.incrementAndGet();
              shownForVoting.remove(ref);
              routing.remove(ref);
            }
          });
    }
  }

  @EventListener
  void on(OpinionChanged event) {
    forget(new OpinionRepository.DialogueRef(event.municipalityId(), event.dialogueId()));
  }

  @EventListener
  void on(OpinionGroupsComputed event) {
    forget(new OpinionRepository.DialogueRef(event.municipalityId(), event.dialogueId()));
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
        remembered(
                routing,
                new OpinionRepository.DialogueRef(municipality, dialogue),
                () -> map(municipality, dialogue))
            .filter(candidate -> !candidate.priorities().isEmpty());
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
