package se.trygghetsdialog.opinion;

import jakarta.validation.constraints.NotNull;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.opinion.OpinionRepository.NewVote;
import se.trygghetsdialog.opinion.clustering.cli.CsvFormatException;
import se.trygghetsdialog.opinion.clustering.cli.CsvReader;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The team imports a Polis conversation export ({@code comments.csv} and {@code
 * participants-votes.csv}) into a dialogue. Both files are read and checked completely before
 * anything is saved, and everything is saved in one transaction: all or nothing. Statements with
 * {@code moderated = -1} are imported hidden; participants get new pseudonymous numbers and no
 * cookie.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ImportPolisExport {

  public static final String COMMENTS = "comments.csv";
  public static final String VOTES = "participants-votes.csv";

  private static final Set<String> PARTICIPANT_META =
      Set.of("participant", "xid", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree");

  /** What was imported. */
  public record Summary(int statements, int participants, int votes) {}

  /** One uploaded file of a Polis export, as bytes; bound from the upload by the web layer. */
  public record PolisFile(byte[] bytes) {}

  /** The two files the team uploads with the import form, bound and validated by Spring MVC. */
  public record Command(
      @NotNull(message = "{opinion.error.import.missingComments}") PolisFile comments,
      @NotNull(message = "{opinion.error.import.missingVotes}") PolisFile votes) {}

  private record Comment(String text, boolean hidden) {}

  private final OpinionRepository repository;
  private final ApplicationEventPublisher events;

  /**
   * Imports the uploaded export; a problem is refused on the form field of its file.
   *
   * @throws OpinionRuleViolation naming the file, line and problem; nothing is saved
   */
  @Transactional
  public Summary importExport(MunicipalityId municipality, DialogueId dialogue, Command command) {
    try {
      return importExport(
          municipality, dialogue, command.comments().bytes(), command.votes().bytes());
    } catch (PolisImportProblem problem) {
      throw new OpinionRuleViolation(
          COMMENTS.equals(problem.file()) ? "comments" : "votes",
          "opinion.error.import.at",
          problem.file(),
          problem.line(),
          new DefaultMessageSourceResolvable(new String[] {problem.messageKey()}, problem.args()));
    }
  }

  /**
   * @throws PolisImportProblem naming the file and line of the first problem; nothing is saved
   */
  @Transactional(rollbackFor = PolisImportProblem.class)
  public Summary importExport(
      MunicipalityId municipality, DialogueId dialogue, byte[] comments, byte[] votes)
      throws PolisImportProblem {
    if (comments.length == 0) {
      throw new PolisImportProblem(COMMENTS, 1, "opinion.error.import.empty");
    }
    if (votes.length == 0) {
      throw new PolisImportProblem(VOTES, 1, "opinion.error.import.empty");
    }
    Map<Long, Comment> byPolisId = readComments(comments);
    // participant → (comment id → vote), in file order; a later row of the same participant wins.
    Map<Long, Map<Long, Vote>> ballots = readVotes(votes, byPolisId);

    repository.ensureConversation(municipality, dialogue);
    OffsetDateTime now = OffsetDateTime.now();
    int firstStatement =
        repository.reserveStatementNumbers(municipality, dialogue, byPolisId.size());
    Map<Long, StatementId> statementOf = new LinkedHashMap<>();
    int n = firstStatement;
    for (var e : byPolisId.entrySet()) {
      StatementId id = new StatementId(UUID.randomUUID());
      repository.insertStatement(
          new Statement(
              id,
              municipality,
              dialogue,
              n++,
              e.getValue().text(),
              StatementOrigin.IMPORTED,
              e.getValue().hidden() ? StatementVisibility.HIDDEN : StatementVisibility.SHOWN,
              now,
              false),
          null);
      statementOf.put(e.getKey(), id);
    }
    int firstParticipant =
        repository.reserveParticipantNumbers(municipality, dialogue, ballots.size());
    int p = firstParticipant;
    List<NewVote> rows = new ArrayList<>();
    for (Map<Long, Vote> ballot : ballots.values()) {
      ParticipantId participant = new ParticipantId(UUID.randomUUID());
      repository.insertParticipant(municipality, dialogue, participant, p++, null);
      ballot.forEach(
          (comment, vote) -> rows.add(new NewVote(participant, statementOf.get(comment), vote)));
    }
    repository.insertVotes(municipality, dialogue, rows, now);
    events.publishEvent(new OpinionChanged(municipality, dialogue));
    return new Summary(byPolisId.size(), ballots.size(), rows.size());
  }

  private static CsvReader reader(byte[] bytes, String file) {
    return new CsvReader(
        new BufferedReader(
            new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)),
        Path.of(file));
  }

  private static List<String> header(CsvReader csv, String file) throws PolisImportProblem {
    List<String> header = next(csv, file);
    if (header == null) {
      throw new PolisImportProblem(file, 1, "opinion.error.import.empty");
    }
    List<String> out = new ArrayList<>();
    for (String h : header) {
      out.add(h.replace("\uFEFF", "").trim());
    }
    return out;
  }

  private static List<String> next(CsvReader csv, String file) throws PolisImportProblem {
    try {
      return csv.next();
    } catch (CsvFormatException e) {
      throw new PolisImportProblem(file, e.line(), "opinion.error.import.syntax");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<Long, Comment> readComments(byte[] bytes) throws PolisImportProblem {
    Map<Long, Comment> out = new LinkedHashMap<>();
    CsvReader csv = reader(bytes, COMMENTS);
    List<String> header = header(csv, COMMENTS);
    int idCol = header.indexOf("comment-id");
    int modCol = header.indexOf("moderated");
    int bodyCol = header.indexOf("comment-body");
    if (idCol < 0 || modCol < 0 || bodyCol < 0) {
      throw new PolisImportProblem(
          COMMENTS, 1, "opinion.error.import.header", "comment-id, moderated, comment-body");
    }
    List<String> row;
    while ((row = next(csv, COMMENTS)) != null) {
      long line = csv.recordLine();
      checkWidth(row, header, COMMENTS, line);
      long id = integer(row.get(idCol), COMMENTS, line, "comment-id");
      long moderated = integer(row.get(modCol), COMMENTS, line, "moderated");
      if (moderated < -1 || moderated > 1) {
        throw new PolisImportProblem(COMMENTS, line, "opinion.error.import.moderated", moderated);
      }
      String text = row.get(bodyCol).strip();
      if (text.isEmpty()) {
        throw new PolisImportProblem(COMMENTS, line, "opinion.error.import.noText", id);
      }
      if (out.containsKey(id)) {
        throw new PolisImportProblem(COMMENTS, line, "opinion.error.import.duplicate", id);
      }
      out.put(id, new Comment(text, moderated == -1));
    }
    return out;
  }

  /** Refuses a row with another number of fields than the header. */
  private static void checkWidth(List<String> row, List<String> header, String file, long line)
      throws PolisImportProblem {
    if (row.size() != header.size()) {
      throw new PolisImportProblem(
          file, line, "opinion.error.import.ragged", row.size(), header.size());
    }
  }

  private static Map<Long, Map<Long, Vote>> readVotes(byte[] bytes, Map<Long, Comment> comments)
      throws PolisImportProblem {
    CsvReader csv = reader(bytes, VOTES);
    List<String> header = header(csv, VOTES);
    if (header.isEmpty() || !header.get(0).equals("participant")) {
      throw new PolisImportProblem(VOTES, 1, "opinion.error.import.header", "participant");
    }
    long[] commentOf = new long[header.size()];
    Set<Long> seen = new java.util.HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      commentOf[c] = Long.MIN_VALUE;
      if (PARTICIPANT_META.contains(name)) {
        continue;
      }
      long id = integer(name, VOTES, 1, "comment-id");
      if (!comments.containsKey(id)) {
        throw new PolisImportProblem(VOTES, 1, "opinion.error.import.unknownStatement", id);
      }
      if (!seen.add(id)) {
        throw new PolisImportProblem(VOTES, 1, "opinion.error.import.duplicate", id);
      }
      commentOf[c] = id;
    }
    Map<Long, Map<Long, Vote>> out = new LinkedHashMap<>();
    List<String> row;
    while ((row = next(csv, VOTES)) != null) {
      long line = csv.recordLine();
      checkWidth(row, header, VOTES, line);
      long participant = integer(row.get(0), VOTES, line, "participant");
      Map<Long, Vote> ballot = out.computeIfAbsent(participant, k -> new LinkedHashMap<>());
      for (int c = 0; c < row.size(); c++) {
        if (commentOf[c] == Long.MIN_VALUE) {
          continue;
        }
        String cell = row.get(c).trim();
        if (cell.isEmpty()) {
          continue;
        }
        Vote vote =
            switch (cell) {
              case "1", "1.0", "+1" -> Vote.AGREE;
              case "-1", "-1.0" -> Vote.DISAGREE;
              case "0", "0.0", "-0" -> Vote.PASS;
              default ->
                  throw new PolisImportProblem(
                      VOTES, line, "opinion.error.import.vote", cell, commentOf[c]);
            };
        ballot.put(commentOf[c], vote);
      }
    }
    return out;
  }

  private static long integer(String text, String file, long line, String what)
      throws PolisImportProblem {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new PolisImportProblem(file, line, "opinion.error.import.notInteger", what, text);
    }
  }
}
