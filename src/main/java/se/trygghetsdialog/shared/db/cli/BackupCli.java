package se.trygghetsdialog.shared.db.cli;

import se.trygghetsdialog.shared.db.DatabaseBackup;

/**
 * The jar's commands {@code backup FILE} and {@code restore FILE} ({@link DatabaseBackup}) on the
 * process's environment and standard streams, dispatched from the application's main method.
 */
public final class BackupCli {

  private BackupCli() {}

  public static boolean handles(String command) {
    return DatabaseBackup.handles(command);
  }

  public static int run(String[] args) {
    return DatabaseBackup.run(args, System.getenv(), System.out, System.err);
  }
}
