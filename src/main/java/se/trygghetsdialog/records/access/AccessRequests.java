package se.trygghetsdialog.records.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * Requests for public access: registering one, attaching the documents it covers (from the {@link
 * DocumentSource} beans), marking passages secret with a ground, and the decision. Nothing changes
 * once the request is decided. Every step is audited through {@link AccessRequestChanged}.
 */
@Service
public class AccessRequests {

  /** Longest texts kept. */
  public static final int MAX_REQUESTER = 200;

  public static final int MAX_SUBJECT = 2000;
  public static final int MAX_REASONS = 4000;

  /** Most search hits per kind. */
  public static final int SEARCH_LIMIT = 25;

  /** The registration form. */
  public record Register(
      @NotNull(message = "{access.error.receivedDate}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate receivedDate,
      @Nullable LocalTime receivedTime,
      @Nullable @Size(max = MAX_REQUESTER, message = "{access.error.requester}") String requester,
      @NotBlank(message = "{access.error.subject}")
          @Size(max = MAX_SUBJECT, message = "{access.error.subject}")
          String subject,
      @NotNull(message = "{access.error.channel}") AccessChannel channel) {

    OffsetDateTime receivedAt() {
      return receivedDate
          .atTime(receivedTime == null ? LocalTime.NOON : receivedTime)
          .atZone(AccessRequest.ZONE)
          .toOffsetDateTime();
    }
  }

  /** Marks the ticked sentences of a covered document as secret on one ground. */
  public record Redact(
      @NotEmpty(message = "{access.error.passages}") List<Integer> passage,
      @NotNull(message = "{access.error.ground}") UUID ground) {}

  /** The decision form. */
  public record Decide(
      @NotNull(message = "{access.error.outcome}") AccessOutcome outcome,
      @Nullable @Size(max = MAX_REASONS, message = "{access.error.reasons}") String reasons) {}

  private final AccessRepository repository;
  private final SecrecyGrounds grounds;
  private final ApplicationEventPublisher events;
  private final Map<RecordKind, DocumentSource> sources;

  AccessRequests(
      AccessRepository repository,
      SecrecyGrounds grounds,
      ApplicationEventPublisher events,
      List<DocumentSource> sources) {
    this.repository = repository;
    this.grounds = grounds;
    this.events = events;
    this.sources = new EnumMap<>(RecordKind.class);
    sources.forEach(s -> this.sources.put(s.kind(), s));
  }

  /** The kinds some module offers documents of, in the order of {@link RecordKind}. */
  public List<RecordKind> searchableKinds() {
    return List.copyOf(sources.keySet());
  }

  /**
   * @throws AccessRuleViolation when the request is received in the future
   */
  @Transactional
  public UUID register(MunicipalityId municipality, UUID actor, Register command) {
    OffsetDateTime receivedAt = command.receivedAt();
    if (command.receivedDate().isAfter(LocalDate.now(AccessRequest.ZONE))) {
      throw new AccessRuleViolation("receivedDate", "access.error.receivedFuture");
    }
    UUID id =
        repository.insert(
            municipality,
            actor,
            receivedAt,
            command.requester() == null ? "" : command.requester().strip(),
            command.subject().strip(),
            command.channel());
    publish(municipality, id, actor, AccessRequestChanged.Change.REGISTERED, "");
    return id;
  }

  public Optional<AccessRequest> find(MunicipalityId municipality, UUID id) {
    return repository.find(municipality, id);
  }

  public AccessRequest require(MunicipalityId municipality, UUID id) {
    return find(municipality, id).orElseThrow(() -> new NotFoundException("access request"));
  }

  public List<AccessRequest> newestFirst(MunicipalityId municipality, int limit, int offset) {
    return repository.newestFirst(municipality, limit, offset);
  }

  public int count(MunicipalityId municipality) {
    return repository.count(municipality);
  }

  /**
   * Documents of {@code kinds} (every searchable kind when empty) received in the dates given and
   * containing {@code text}, newest first per kind.
   */
  public List<DocumentSummary> search(
      MunicipalityId municipality,
      @Nullable RecordKind kind,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      String text) {
    OffsetDateTime start =
        (from == null ? LocalDate.of(2000, 1, 1) : from)
            .atStartOfDay(AccessRequest.ZONE)
            .toOffsetDateTime();
    OffsetDateTime end =
        (to == null ? LocalDate.now(AccessRequest.ZONE) : to)
            .plusDays(1)
            .atStartOfDay(AccessRequest.ZONE)
            .toOffsetDateTime();
    List<DocumentSummary> hits = new ArrayList<>();
    for (DocumentSource source : sources.values()) {
      if (kind == null || source.kind() == kind) {
        hits.addAll(source.search(municipality, start, end, text.strip(), SEARCH_LIMIT));
      }
    }
    hits.sort(Comparator.comparing(DocumentSummary::receivedAt).reversed());
    return hits;
  }

  public List<CoveredDocument> documents(MunicipalityId municipality, UUID request) {
    return repository.documents(municipality, request);
  }

  public CoveredDocument document(
      MunicipalityId municipality, UUID request, RecordKind kind, String documentId) {
    return documents(municipality, request).stream()
        .filter(d -> d.kind() == kind && d.documentId().equals(documentId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("covered document"));
  }

  public List<Redaction> redactions(MunicipalityId municipality, UUID request) {
    return repository.redactions(municipality, request);
  }

  /**
   * Attaches a document as its owning module gives it now.
   *
   * @throws AccessRuleViolation when no module offers such a document, or the request is decided
   */
  @Transactional
  public void addDocument(
      MunicipalityId municipality, UUID actor, UUID request, RecordKind kind, String documentId) {
    open(municipality, request);
    DocumentSource source = sources.get(kind);
    AccessDocument document =
        (source == null
                ? Optional.<AccessDocument>empty()
                : source.document(municipality, documentId))
            .orElseThrow(() -> new AccessRuleViolation("documentId", "access.error.noDocument"));
    if (repository.addDocument(municipality, request, document)) {
      publish(
          municipality,
          request,
          actor,
          AccessRequestChanged.Change.DOCUMENT_ADDED,
          kind.name() + ":" + document.id());
    }
  }

  @Transactional
  public void removeDocument(
      MunicipalityId municipality, UUID actor, UUID request, RecordKind kind, String documentId) {
    open(municipality, request);
    if (repository.removeDocument(municipality, request, kind, documentId)) {
      publish(
          municipality,
          request,
          actor,
          AccessRequestChanged.Change.DOCUMENT_REMOVED,
          kind.name() + ":" + documentId);
    }
  }

  /** Logs that a reviewer opened a covered document's full text. */
  @Transactional
  public void viewed(MunicipalityId municipality, UUID actor, UUID request, CoveredDocument doc) {
    publish(
        municipality, request, actor, AccessRequestChanged.Change.DOCUMENT_VIEWED, doc.reference());
  }

  /**
   * Withholds the ticked sentences on the ground chosen.
   *
   * @throws AccessRuleViolation when a sentence or the ground is unknown, or the request is decided
   */
  @Transactional
  public void redact(
      MunicipalityId municipality,
      UUID actor,
      UUID request,
      RecordKind kind,
      String documentId,
      Redact command) {
    open(municipality, request);
    CoveredDocument document = document(municipality, request, kind, documentId);
    SecrecyGround ground =
        grounds.active(municipality).stream()
            .filter(g -> g.id().equals(command.ground()))
            .findFirst()
            .orElseThrow(() -> new AccessRuleViolation("ground", "access.error.ground"));
    List<Passages.Passage> passages = Passages.of(document.text(), List.of());
    for (Integer index : command.passage()) {
      if (index == null || index < 0 || index >= passages.size()) {
        throw new AccessRuleViolation("passage", "access.error.passages");
      }
    }
    for (Integer index : command.passage().stream().distinct().sorted().toList()) {
      Passages.Passage passage = passages.get(index);
      repository.insertRedaction(
          municipality,
          request,
          kind,
          documentId,
          passage.start(),
          passage.end(),
          ground.id(),
          actor);
    }
    publish(
        municipality, request, actor, AccessRequestChanged.Change.REDACTED, document.reference());
  }

  @Transactional
  public void removeRedaction(
      MunicipalityId municipality, UUID actor, UUID request, UUID redaction) {
    open(municipality, request);
    if (repository.deleteRedaction(municipality, request, redaction)) {
      publish(
          municipality,
          request,
          actor,
          AccessRequestChanged.Change.REDACTION_REMOVED,
          redaction.toString());
    }
  }

  /**
   * Records the decision: released in full only when nothing is marked secret; released with
   * redactions only when something is; reasons are required unless released in full.
   *
   * @throws AccessRuleViolation naming the field of the first rule the decision breaks
   */
  @Transactional
  public void decide(MunicipalityId municipality, UUID actor, UUID request, Decide command) {
    open(municipality, request);
    String reasons = command.reasons() == null ? "" : command.reasons().strip();
    boolean marked = !repository.redactions(municipality, request).isEmpty();
    if (repository.documents(municipality, request).isEmpty()
        && command.outcome() != AccessOutcome.REFUSED) {
      throw new AccessRuleViolation("outcome", "access.error.noDocuments");
    }
    if (command.outcome() == AccessOutcome.RELEASED && marked) {
      throw new AccessRuleViolation("outcome", "access.error.releasedButMarked");
    }
    if (command.outcome() == AccessOutcome.RELEASED_WITH_REDACTIONS && !marked) {
      throw new AccessRuleViolation("outcome", "access.error.nothingMarked");
    }
    if (command.outcome().withholds() && reasons.isEmpty()) {
      throw new AccessRuleViolation("reasons", "access.error.reasonsRequired");
    }
    repository.decide(municipality, request, actor, command.outcome(), reasons);
    publish(municipality, request, actor, AccessRequestChanged.Change.DECIDED, "");
  }

  /** Logs that the redacted copy or the decision was produced as a PDF. */
  @Transactional
  public void produced(
      MunicipalityId municipality, UUID actor, UUID request, AccessRequestChanged.Change what) {
    publish(municipality, request, actor, what, "");
  }

  private AccessRequest open(MunicipalityId municipality, UUID request) {
    AccessRequest found = require(municipality, request);
    if (found.decided()) {
      throw new AccessRuleViolation("outcome", "access.error.decided");
    }
    return found;
  }

  private void publish(
      MunicipalityId municipality,
      UUID request,
      UUID actor,
      AccessRequestChanged.Change change,
      String document) {
    events.publishEvent(new AccessRequestChanged(municipality, request, actor, change, document));
  }
}
