package se.trygghetsdialog.opinion;

import se.trygghetsdialog.opinion.clustering.VoteMatrix;

/** A resident's reaction to one statement. */
public enum Vote {
  AGREE(VoteMatrix.AGREE),
  DISAGREE(VoteMatrix.DISAGREE),
  PASS(VoteMatrix.PASS);

  private final byte matrixValue;

  Vote(byte matrixValue) {
    this.matrixValue = matrixValue;
  }

  /** The engine's value: agree +1, disagree −1, pass 0 (also Polis's public CSV convention). */
  public byte matrixValue() {
    return matrixValue;
  }
}
