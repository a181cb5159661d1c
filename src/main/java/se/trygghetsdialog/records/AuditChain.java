package se.trygghetsdialog.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain of the audit log, checked independently of the database: each entry of a
 * municipality stores the SHA-256 of the previous entry's hash followed by its own canonical
 * content, and its number in the chain. The database computes both when a row is inserted (the
 * trigger of migration V202612105001); this class computes them again in Java from the stored
 * fields, so a row changed, removed or inserted out of turn behind the triggers' back is found.
 */
public final class AuditChain {

  private static final DateTimeFormatter UTC_MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  private AuditChain() {}

  /** The first entry of a municipality's chain that does not hold, and why. */
  public record Break(UUID municipalityId, long seq, UUID entryId, String reason) {

    @Override
    public String toString() {
      return "municipality "
          + municipalityId
          + ", entry "
          + seq
          + " (id "
          + entryId
          + "): "
          + reason;
    }
  }

  /** The result of checking every municipality's chain. */
  public record Report(int municipalities, long entries, List<Break> breaks) {

    public boolean intact() {
      return breaks.isEmpty();
    }
  }

  /** Checks every municipality's chain; at most one break is reported per municipality. */
  public static Report verifyAll(Connection connection) throws SQLException {
    List<UUID> municipalities = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT DISTINCT municipality_id FROM audit_event ORDER BY municipality_id");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        municipalities.add(rows.getObject(1, UUID.class));
      }
    }
    List<Break> breaks = new ArrayList<>();
    long entries = 0;
    for (UUID municipality : municipalities) {
      Checked checked = verifyChain(connection, municipality);
      entries += checked.entries();
      checked.firstBreak().ifPresent(breaks::add);
    }
    return new Report(municipalities.size(), entries, breaks);
  }

  private record Checked(long entries, Optional<Break> firstBreak) {}

  /** The first break in one municipality's chain, if any. */
  public static Optional<Break> verify(Connection connection, UUID municipality)
      throws SQLException {
    return verifyChain(connection, municipality).firstBreak();
  }

  private static Checked verifyChain(Connection connection, UUID municipality) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            """
            SELECT seq, id, occurred_at, actor_account_id, action, subject, details, prev_hash, hash
            FROM audit_event WHERE municipality_id = ? ORDER BY seq
            """)) {
      statement.setObject(1, municipality);
      statement.setFetchSize(1000);
      try (ResultSet rows = statement.executeQuery()) {
        String previous = "";
        long expected = 1;
        while (rows.next()) {
          long seq = rows.getLong("seq");
          UUID id = rows.getObject("id", UUID.class);
          if (seq != expected) {
            return new Checked(
                expected,
                Optional.of(
                    new Break(
                        municipality,
                        seq,
                        id,
                        "expected entry " + expected + ", a gap or a removed entry")));
          }
          if (!previous.equals(rows.getString("prev_hash"))) {
            return new Checked(
                seq,
                Optional.of(
                    new Break(municipality, seq, id, "does not follow the previous entry's hash")));
          }
          String canonical =
              canonical(
                  seq,
                  id,
                  municipality,
                  rows.getObject("occurred_at", OffsetDateTime.class),
                  rows.getObject("actor_account_id", UUID.class),
                  rows.getString("action"),
                  rows.getString("subject"),
                  rows.getString("details"));
          String hash = sha256(previous + canonical);
          if (!hash.equals(rows.getString("hash"))) {
            return new Checked(
                seq,
                Optional.of(
                    new Break(municipality, seq, id, "content does not match its hash (changed)")));
          }
          previous = hash;
          expected++;
        }
        return new Checked(expected - 1, Optional.empty());
      }
    }
  }

  /** The canonical content of one entry, as the database's audit_event_canonical writes it. */
  static String canonical(
      long seq,
      UUID id,
      UUID municipality,
      OffsetDateTime occurredAt,
      @Nullable UUID actor,
      String action,
      String subject,
      String details) {
    String[] fields = {
      Long.toString(seq),
      id.toString(),
      municipality.toString(),
      occurredAt.withOffsetSameInstant(ZoneOffset.UTC).format(UTC_MICROS),
      actor == null ? "" : actor.toString(),
      action,
      subject,
      details
    };
    StringBuilder text = new StringBuilder();
    for (String field : fields) {
      if (!text.isEmpty()) {
        text.append('|');
      }
      text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
    }
    return text.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
