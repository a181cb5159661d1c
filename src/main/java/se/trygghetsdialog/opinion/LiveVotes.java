package se.trygghetsdialog.opinion;

import java.util.Arrays;
import se.trygghetsdialog.opinion.clustering.OpinionState;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;

/**
 * The vote matrix of one dialogue kept in memory between ticks, with the engine's warm-start state.
 * Rows are participants in ascending participant number, columns shown statements in ascending
 * statement number, so a matrix updated by many small batches is identical to one built from all
 * stored votes at once. Votes are never removed: a hidden statement drops its column only by a
 * rebuild (see {@link #sameStatementsOrMore}).
 */
final class LiveVotes {

  /** Rough bytes of engine state per participant (projection, base cluster, ids). */
  static final int STATE_BYTES_PER_PARTICIPANT = 64;

  private VoteMatrix matrix;
  private OpinionState state = OpinionState.empty();
  private String horizon;

  private LiveVotes(VoteMatrix matrix, String horizon) {
    this.matrix = matrix;
    this.horizon = horizon;
  }

  /** An empty copy with the given columns, read up to nothing yet. */
  static LiveVotes empty(int[] statementNumbers) {
    long[] statements = toLongs(statementNumbers);
    return new LiveVotes(
        VoteMatrix.ofCompressedRows(
            new long[0],
            statements,
            new boolean[statements.length],
            new boolean[statements.length],
            new int[1],
            new char[0],
            new byte[0]),
        "0");
  }

  VoteMatrix matrix() {
    return matrix;
  }

  OpinionState state() {
    return state;
  }

  void state(OpinionState next) {
    state = next;
  }

  /** The transaction horizon read up to: votes of transactions from here on are not applied. */
  String horizon() {
    return horizon;
  }

  /** Estimated bytes held: the matrix, its ids and the engine state. */
  long bytes() {
    return matrix.bytes() + (long) STATE_BYTES_PER_PARTICIPANT * matrix.participants();
  }

  /**
   * Whether every statement column of this copy is still among {@code shown} (sorted). If not, a
   * statement was hidden and the copy must be rebuilt.
   */
  boolean sameStatementsOrMore(int[] shown) {
    for (int c = 0; c < matrix.statements(); c++) {
      if (Arrays.binarySearch(shown, (int) matrix.statementId(c)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The shown statements (sorted) that have no column yet. */
  int[] newStatements(int[] shown) {
    return Arrays.stream(shown).filter(s -> !hasStatement(s)).toArray();
  }

  private boolean hasStatement(int number) {
    return column(matrix, number) >= 0;
  }

  private static int column(VoteMatrix x, int number) {
    int lo = 0;
    int hi = x.statements() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long id = x.statementId(mid);
      if (id < number) {
        lo = mid + 1;
      } else if (id > number) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * Applies the current value of changed cells and moves the horizon. Each cell holds the stored
   * vote as it is now, so applying a cell twice is harmless and a changed vote replaces the old
   * one.
   *
   * @param shown every shown statement number, sorted (a superset of the current columns)
   * @param changes the cells read
   * @param readUpTo the horizon of the read
   */
  void apply(int[] shown, Cells changes, String readUpTo) {
    matrix = merge(matrix, shown, changes);
    horizon = readUpTo;
  }

  /** Cells read from the database: participant number, statement number, value. */
  static final class Cells {
    private int[] participants = new int[64];
    private int[] statements = new int[64];
    private byte[] values = new byte[64];
    private int size;

    void add(int participant, int statement, byte value) {
      if (size == participants.length) {
        participants = Arrays.copyOf(participants, 2 * size);
        statements = Arrays.copyOf(statements, 2 * size);
        values = Arrays.copyOf(values, 2 * size);
      }
      participants[size] = participant;
      statements[size] = statement;
      values[size] = value;
      size++;
    }

    int size() {
      return size;
    }
  }

  /**
   * A new matrix: the old one with the changed cells set and the new statement columns and new
   * participant rows inserted in number order. O(votes + changes · log changes).
   */
  static VoteMatrix merge(VoteMatrix old, int[] shown, Cells changes) {
    if (shown.length > VoteMatrix.MAX_STATEMENTS) {
      throw new IllegalArgumentException("at most " + VoteMatrix.MAX_STATEMENTS + " statements");
    }
    int[] columnOfOld = new int[old.statements()];
    for (int c = 0; c < old.statements(); c++) {
      columnOfOld[c] = Arrays.binarySearch(shown, (int) old.statementId(c));
    }
    // Changed cells as participant number (high half), new column and value + 1 (low bits),
    // sorted. One read holds each cell once; two reads of a cell in one tick (a new statement's
    // votes and the changes) come from one snapshot and agree.
    long[] order = new long[changes.size];
    int kept = 0;
    for (int i = 0; i < changes.size; i++) {
      int column = Arrays.binarySearch(shown, changes.statements[i]);
      if (column >= 0) {
        order[kept++] =
            ((long) changes.participants[i] << 32) | ((long) column << 2) | (changes.values[i] + 1);
      }
    }
    Arrays.sort(order, 0, kept);
    // Participant numbers of the new matrix: old rows and changed rows, merged in order.
    int[] participants = new int[old.participants() + kept];
    int n = 0;
    int oldRow = 0;
    int k = 0;
    while (oldRow < old.participants() || k < kept) {
      long oldNumber = oldRow < old.participants() ? old.participantId(oldRow) : Long.MAX_VALUE;
      long changedNumber = k < kept ? order[k] >>> 32 : Long.MAX_VALUE;
      long number = Math.min(oldNumber, changedNumber);
      participants[n++] = (int) number;
      if (oldNumber == number) {
        oldRow++;
      }
      while (k < kept && (order[k] >>> 32) == number) {
        k++;
      }
    }
    int[] rowStart = new int[n + 1];
    char[] columns = new char[(int) old.votes() + kept];
    byte[] values = new byte[columns.length];
    int out = 0;
    oldRow = 0;
    k = 0;
    for (int r = 0; r < n; r++) {
      rowStart[r] = out;
      long number = participants[r];
      int a = 0;
      int aEnd = 0;
      if (oldRow < old.participants() && old.participantId(oldRow) == number) {
        a = old.rowStart(oldRow);
        aEnd = old.rowEnd(oldRow);
        oldRow++;
      }
      // Old cells remapped to the new columns stay in order: columns are only inserted.
      while (a < aEnd || (k < kept && (order[k] >>> 32) == number)) {
        int oldColumn = a < aEnd ? columnOfOld[old.column(a)] : Integer.MAX_VALUE;
        boolean changed = k < kept && (order[k] >>> 32) == number;
        int newColumn = changed ? (int) ((order[k] >>> 2) & 0xFFFF) : Integer.MAX_VALUE;
        if (newColumn <= oldColumn) {
          while (k + 1 < kept && (order[k + 1] >>> 2) == (order[k] >>> 2)) {
            k++;
          }
          columns[out] = (char) newColumn;
          values[out] = (byte) ((order[k] & 3) - 1);
          out++;
          k++;
          if (newColumn == oldColumn) {
            a++;
          }
        } else {
          columns[out] = (char) oldColumn;
          values[out] = old.value(a);
          out++;
          a++;
        }
      }
    }
    rowStart[n] = out;
    long[] statementIds = toLongs(shown);
    return VoteMatrix.ofCompressedRows(
        toLongs(Arrays.copyOf(participants, n)),
        statementIds,
        new boolean[statementIds.length],
        new boolean[statementIds.length],
        rowStart,
        columns,
        values);
  }

  private static long[] toLongs(int[] numbers) {
    long[] out = new long[numbers.length];
    for (int i = 0; i < numbers.length; i++) {
      out[i] = numbers[i];
    }
    return out;
  }
}
