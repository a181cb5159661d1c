package se.trygghetsdialog.opinion.clustering.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;

/**
 * Reads a Polis conversation export: {@code comments.csv} (statement ids and moderation) and {@code
 * participants-votes.csv} (one row per participant, one column per statement, 1 = agree, −1 =
 * disagree, 0 = pass, empty = no vote).
 *
 * <p>Statement columns are those of the participants-votes header, in header order; statements with
 * {@code moderated = -1} (or {@code is-meta} true) are excluded from the math. A participant
 * appearing on several rows keeps the last non-empty vote per statement.
 */
public final class PolisExport {

  /** Metadata columns of participants-votes.csv that are not statements. */
  private static final Set<String> PARTICIPANT_META =
      Set.of("participant", "xid", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree");

  /**
   * The export.
   *
   * @param matrix the votes
   * @param polisGroup per matrix row: the group Polis computed, or −1 if none
   */
  public record Data(VoteMatrix matrix, int[] polisGroup) {}

  private PolisExport() {}

  /** Reads the export in {@code dir}. */
  public static Data read(Path dir) throws IOException, CsvFormatException {
    Path commentsFile = dir.resolve("comments.csv");
    Path votesFile = dir.resolve("participants-votes.csv");
    Map<Long, boolean[]> comments = readComments(commentsFile);
    VoteMatrix.Builder builder = VoteMatrix.builder();
    Map<Long, Integer> groupOf = new HashMap<>();
    try (CsvReader csv = open(votesFile)) {
      List<String> header = csv.next();
      if (header == null || header.isEmpty() || !header.get(0).trim().equals("participant")) {
        throw new CsvFormatException(
            votesFile, 1, "header must start with 'participant', was " + first(header));
      }
      int width = header.size();
      long[] statementOf = new long[width];
      int groupColumn = -1;
      for (int c = 0; c < width; c++) {
        String name = header.get(c).trim();
        statementOf[c] = -1;
        if (PARTICIPANT_META.contains(name)) {
          if (name.equals("group-id")) {
            groupColumn = c;
          }
          continue;
        }
        long id;
        try {
          id = Long.parseLong(name);
        } catch (NumberFormatException e) {
          throw new CsvFormatException(votesFile, 1, "unexpected column '" + name + "'");
        }
        boolean[] flags = comments.get(id);
        if (flags == null) {
          throw new CsvFormatException(
              votesFile, 1, "statement id " + id + " is not in " + commentsFile.getFileName());
        }
        if (builder.hasStatement(id)) {
          throw new CsvFormatException(votesFile, 1, "statement id " + id + " appears twice");
        }
        builder.statement(id, flags[0], flags[1]);
        statementOf[c] = id;
      }
      List<String> row;
      while ((row = csv.next()) != null) {
        long line = csv.recordLine();
        if (row.size() != width) {
          throw new CsvFormatException(
              votesFile, line, "expected " + width + " fields, found " + row.size());
        }
        long pid = parseLong(row.get(0), votesFile, line, "participant id");
        builder.participant(pid);
        if (groupColumn >= 0) {
          String g = row.get(groupColumn).trim();
          groupOf.put(pid, g.isEmpty() ? -1 : (int) parseLong(g, votesFile, line, "group-id"));
        }
        for (int c = 0; c < width; c++) {
          if (statementOf[c] < 0) {
            continue;
          }
          String cell = row.get(c).trim();
          if (cell.isEmpty()) {
            continue;
          }
          int vote =
              switch (cell) {
                case "1", "1.0", "+1" -> VoteMatrix.AGREE;
                case "-1", "-1.0" -> VoteMatrix.DISAGREE;
                case "0", "0.0", "-0" -> VoteMatrix.PASS;
                default ->
                    throw new CsvFormatException(
                        votesFile,
                        line,
                        "vote '"
                            + cell
                            + "' on statement "
                            + statementOf[c]
                            + " is not -1, 0 or 1");
              };
          builder.vote(pid, statementOf[c], vote);
        }
      }
    }
    VoteMatrix matrix = builder.build();
    int[] polisGroup = new int[matrix.participants()];
    for (int r = 0; r < polisGroup.length; r++) {
      polisGroup[r] = groupOf.getOrDefault(matrix.participantId(r), -1);
    }
    return new Data(matrix, polisGroup);
  }

  /** Statement id → {excluded, meta}. */
  private static Map<Long, boolean[]> readComments(Path file)
      throws IOException, CsvFormatException {
    Map<Long, boolean[]> out = new HashMap<>();
    try (CsvReader csv = open(file)) {
      List<String> header = csv.next();
      if (header == null) {
        throw new CsvFormatException(file, 1, "empty file, expected a header");
      }
      int idCol = header.indexOf("comment-id");
      int modCol = header.indexOf("moderated");
      int metaCol = header.indexOf("is-meta");
      if (idCol < 0 || modCol < 0) {
        throw new CsvFormatException(
            file, 1, "header must contain 'comment-id' and 'moderated', was " + header);
      }
      List<String> row;
      while ((row = csv.next()) != null) {
        long line = csv.recordLine();
        if (row.size() != header.size()) {
          throw new CsvFormatException(
              file, line, "expected " + header.size() + " fields, found " + row.size());
        }
        long id = parseLong(row.get(idCol), file, line, "comment-id");
        long mod = parseLong(row.get(modCol), file, line, "moderated");
        if (mod < -1 || mod > 1) {
          throw new CsvFormatException(file, line, "moderated must be -1, 0 or 1, was " + mod);
        }
        boolean meta =
            metaCol >= 0
                && (row.get(metaCol).trim().equalsIgnoreCase("true")
                    || row.get(metaCol).trim().equals("1"));
        out.put(id, new boolean[] {mod == -1 || meta, meta});
      }
    }
    return out;
  }

  private static CsvReader open(Path file) throws IOException {
    try {
      return new CsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "file not found");
    }
  }

  private static long parseLong(String s, Path file, long line, String what)
      throws CsvFormatException {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new CsvFormatException(file, line, what + " '" + s + "' is not an integer");
    }
  }

  private static String first(List<String> header) {
    return header == null || header.isEmpty() ? "nothing" : "'" + header.get(0) + "'";
  }
}
