package se.trygghetsdialog.records.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import se.trygghetsdialog.records.AuditChain;
import se.trygghetsdialog.shared.db.DatabaseBackup;

/**
 * The jar's command {@code audit-verify}: checks the audit log's hash chain of every municipality
 * ({@link AuditChain}) in the application's database (found as for {@code backup}). Exit 0 when
 * every chain holds, 1 naming the first broken entry of each broken chain, 2 when the database
 * cannot be read.
 */
public final class AuditVerify {

  public static final String COMMAND = "audit-verify";

  private AuditVerify() {}

  public static boolean handles(String command) {
    return COMMAND.equals(command);
  }

  /** Runs the command on the process's environment and standard streams. */
  public static int run(String[] args) {
    int[] code = {2};
    try {
      DatabaseBackup.withConnection(
          System.getenv(), connection -> code[0] = run(connection, System.out, System.err));
    } catch (IOException | SQLException e) {
      System.err.println(COMMAND + " failed: " + e.getMessage());
      return 2;
    }
    return code[0];
  }

  /** Checks the chains on the connection, reporting to out and err; the exit code. */
  public static int run(Connection connection, PrintStream out, PrintStream err)
      throws SQLException {
    AuditChain.Report report = AuditChain.verifyAll(connection);
    if (report.intact()) {
      out.println(
          "Audit log intact: "
              + report.entries()
              + " entries in "
              + report.municipalities()
              + " municipalities");
      return 0;
    }
    for (AuditChain.Break broken : report.breaks()) {
      err.println("Audit log broken: " + broken);
    }
    return 1;
  }
}
