package se.trygghetsdialog.opinion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.opinion.OpinionRepository.VoteRow;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Exports a dialogue's shown statements and the votes on them in Polis's public CSV formats ({@code
 * comments.csv}, {@code votes.csv}, {@code participants-votes.csv}; agree = 1, disagree = −1, pass
 * = 0). Participants appear only by their pseudonymous number in the dialogue.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ExportPolisCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private final OpinionRepository repository;

  @Transactional(readOnly = true)
  public String comments(MunicipalityId municipality, DialogueId dialogue) {
    List<Statement> shown = shown(municipality, dialogue);
    Map<Integer, int[]> tally = new HashMap<>();
    for (VoteRow v : votes(municipality, dialogue, shown)) {
      int[] t = tally.computeIfAbsent(v.statementNumber(), k -> new int[2]);
      if (v.vote() == Vote.AGREE) {
        t[0]++;
      } else if (v.vote() == Vote.DISAGREE) {
        t[1]++;
      }
    }
    return csv(
        out -> {
          out.printRecord(
              "timestamp",
              "datetime",
              "comment-id",
              "author-id",
              "agrees",
              "disagrees",
              "moderated",
              "comment-body");
          for (Statement s : shown) {
            int[] t = tally.getOrDefault(s.number(), new int[2]);
            out.printRecord(
                s.createdAt().toInstant().toEpochMilli(),
                defused(s.createdAt().toString()),
                s.number(),
                "",
                t[0],
                t[1],
                1,
                defused(s.text()));
          }
        });
  }

  @Transactional(readOnly = true)
  public String votes(MunicipalityId municipality, DialogueId dialogue) {
    List<VoteRow> votes = votes(municipality, dialogue, shown(municipality, dialogue));
    return csv(
        out -> {
          out.printRecord("timestamp", "datetime", "comment-id", "voter-id", "vote");
          for (VoteRow v : votes) {
            out.printRecord(
                v.votedAt().toInstant().toEpochMilli(),
                defused(v.votedAt().toString()),
                v.statementNumber(),
                v.participantNumber(),
                v.vote().matrixValue());
          }
        });
  }

  /** One row per participant, one column per shown statement; empty = no vote. */
  @Transactional(readOnly = true)
  public String participantsVotes(MunicipalityId municipality, DialogueId dialogue) {
    List<Statement> shown = shown(municipality, dialogue);
    Map<Integer, Map<Integer, Vote>> byParticipant = new TreeMap<>();
    for (VoteRow v : votes(municipality, dialogue, shown)) {
      byParticipant
          .computeIfAbsent(v.participantNumber(), k -> new HashMap<>())
          .put(v.statementNumber(), v.vote());
    }
    return csv(
        out -> {
          List<Object> header =
              new ArrayList<>(
                  List.of(
                      "participant",
                      "xid",
                      "group-id",
                      "n-comments",
                      "n-votes",
                      "n-agree",
                      "n-disagree"));
          for (Statement s : shown) {
            header.add(s.number());
          }
          out.printRecord(header);
          for (Map.Entry<Integer, Map<Integer, Vote>> entry : byParticipant.entrySet()) {
            Map<Integer, Vote> ballot = entry.getValue();
            long agree = ballot.values().stream().filter(v -> v == Vote.AGREE).count();
            long disagree = ballot.values().stream().filter(v -> v == Vote.DISAGREE).count();
            List<Object> row =
                new ArrayList<>(List.of(entry.getKey(), "", "", 0, ballot.size(), agree, disagree));
            for (Statement s : shown) {
              Vote v = ballot.get(s.number());
              row.add(v == null ? "" : v.matrixValue());
            }
            out.printRecord(row);
          }
        });
  }

  private List<Statement> shown(MunicipalityId municipality, DialogueId dialogue) {
    return repository.statements(municipality, dialogue).stream().filter(Statement::shown).toList();
  }

  private List<VoteRow> votes(
      MunicipalityId municipality, DialogueId dialogue, List<Statement> shown) {
    var numbers =
        shown.stream().map(Statement::number).collect(java.util.stream.Collectors.toSet());
    List<VoteRow> out = new ArrayList<>();
    repository.streamVotes(
        municipality,
        dialogue,
        v -> {
          if (numbers.contains(v.statementNumber())) {
            out.add(v);
          }
        });
    return out;
  }

  /** Writes records with Apache Commons CSV: fields quoted only when needed, one line each. */
  private static String csv(Rows rows) {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter out = new CSVPrinter(text, FORMAT)) {
      rows.print(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  @FunctionalInterface
  private interface Rows {
    void print(CSVPrinter out) throws IOException;
  }

  /** A text field whose leading formula sign is defused, so a spreadsheet shows it as text. */
  static String defused(String text) {
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
