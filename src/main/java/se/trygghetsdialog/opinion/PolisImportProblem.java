package se.trygghetsdialog.opinion;

/**
 * A Polis export could not be imported; nothing was saved. Names the file and the 1-based line,
 * with the message key (and its arguments) of the problem.
 */
public class PolisImportProblem extends Exception {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String messageKey;
  private final transient Object[] args;

  public PolisImportProblem(String file, long line, String messageKey, Object... args) {
    super(file + ":" + line + ": " + messageKey);
    this.file = file;
    this.line = line;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
