package se.trygghetsdialog.opinion.clustering.cli;

/** Command-line entry points of the opinion-mapping engine (placeholder until the engine lands). */
public final class OpinionCli {

  private OpinionCli() {}

  public static boolean handles(String command) {
    return false;
  }

  public static int run(String[] args) {
    return 2;
  }
}
