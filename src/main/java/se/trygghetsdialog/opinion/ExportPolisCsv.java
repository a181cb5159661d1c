package se.trygghetsdialog.opinion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
public class ExportPolisCsv {

  private final OpinionRepository repository;

  ExportPolisCsv(OpinionRepository repository) {
    this.repository = repository;
  }

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
    StringBuilder out =
        new StringBuilder(
            "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n");
    for (Statement s : shown) {
      int[] t = tally.getOrDefault(s.number(), new int[2]);
      out.append(s.createdAt().toInstant().toEpochMilli())
          .append(',')
          .append(quote(s.createdAt().toString()))
          .append(',')
          .append(s.number())
          .append(",,")
          .append(t[0])
          .append(',')
          .append(t[1])
          .append(",1,")
          .append(quote(s.text()))
          .append('\n');
    }
    return out.toString();
  }

  @Transactional(readOnly = true)
  public String votes(MunicipalityId municipality, DialogueId dialogue) {
    StringBuilder out = new StringBuilder("timestamp,datetime,comment-id,voter-id,vote\n");
    for (VoteRow v : votes(municipality, dialogue, shown(municipality, dialogue))) {
      out.append(v.votedAt().toInstant().toEpochMilli())
          .append(',')
          .append(quote(v.votedAt().toString()))
          .append(',')
          .append(v.statementNumber())
          .append(',')
          .append(v.participantNumber())
          .append(',')
          .append(v.vote().matrixValue())
          .append('\n');
    }
    return out.toString();
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
    StringBuilder out =
        new StringBuilder("participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree");
    for (Statement s : shown) {
      out.append(',').append(s.number());
    }
    out.append('\n');
    byParticipant.forEach(
        (participant, ballot) -> {
          long agree = ballot.values().stream().filter(v -> v == Vote.AGREE).count();
          long disagree = ballot.values().stream().filter(v -> v == Vote.DISAGREE).count();
          out.append(participant)
              .append(",,,0,")
              .append(ballot.size())
              .append(',')
              .append(agree)
              .append(',')
              .append(disagree);
          for (Statement s : shown) {
            Vote v = ballot.get(s.number());
            out.append(',');
            if (v != null) {
              out.append(v.matrixValue());
            }
          }
          out.append('\n');
        });
    return out.toString();
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

  /**
   * CSV field: quoted when it holds a comma, quote or line break; a leading formula sign is
   * defused.
   */
  static String quote(String text) {
    String t = text;
    if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
      return "\"" + t.replace("\"", "\"\"") + "\"";
    }
    return t;
  }
}
