package se.trygghetsdialog.opinion.clustering;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Immutable sparse participant-by-statement vote matrix in compressed-row form.
 *
 * <p>Votes are stored by meaning: {@link #AGREE} = +1, {@link #DISAGREE} = −1, {@link #PASS} = 0; a
 * missing cell is "no vote". Rows are participants and columns statements, both in first-seen
 * order, each carrying its external id. Storage is 3 bytes per vote (a {@code char} column index
 * and a {@code byte} value) plus O(participants + statements), so at most 65 535 statements are
 * supported (Polis caps conversations at 10 000).
 *
 * <p>Statements can be moderated out or marked as meta; they keep their column (their votes still
 * count towards a participant's vote count and towards group-aware consensus) but are zeroed for
 * PCA, projection, representativeness and consensus, as in §1.1 of the specification.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class VoteMatrix {

  /** Stored value of an agree vote. */
  public static final byte AGREE = 1;

  /** Stored value of a disagree vote. */
  public static final byte DISAGREE = -1;

  /** Stored value of a pass. */
  public static final byte PASS = 0;

  /** Largest number of statement columns the compact column index can address. */
  public static final int MAX_STATEMENTS = 65_535;

  private final long[] participantIds;
  private final long[] statementIds;
  private final boolean[] excluded;
  private final boolean[] meta;
  private final int[] rowStart;
  private final char[] columns;
  private final byte[] values;

  /**
   * Wraps ready-made compressed rows without copying. Column indices within a row must be strictly
   * increasing and values must be −1, 0 or +1.
   *
   * @param excluded per statement: moderated out (or meta), i.e. zeroed in the rating matrix
   * @param meta per statement: a meta statement (always given priority 49)
   */
  public static VoteMatrix ofCompressedRows(
      long[] participantIds,
      long[] statementIds,
      boolean[] excluded,
      boolean[] meta,
      int[] rowStart,
      char[] columns,
      byte[] values) {
    if (rowStart.length != participantIds.length + 1
        || excluded.length != statementIds.length
        || meta.length != statementIds.length
        || columns.length < rowStart[participantIds.length]
        || values.length < rowStart[participantIds.length]) {
      throw new IllegalArgumentException("inconsistent compressed-row arrays");
    }
    if (statementIds.length > MAX_STATEMENTS) {
      throw new IllegalArgumentException("at most " + MAX_STATEMENTS + " statements supported");
    }
    return new VoteMatrix(participantIds, statementIds, excluded, meta, rowStart, columns, values);
  }

  /** A builder that folds votes in arrival order; the latest vote on a cell wins. */
  public static Builder builder() {
    return new Builder();
  }

  public int participants() {
    return participantIds.length;
  }

  public int statements() {
    return statementIds.length;
  }

  /** Number of stored votes (passes included). */
  public long votes() {
    return rowStart[participantIds.length];
  }

  public long participantId(int row) {
    return participantIds[row];
  }

  public long statementId(int column) {
    return statementIds[column];
  }

  /** Whether the statement is moderated out or meta, i.e. zeroed in the rating matrix. */
  public boolean excluded(int column) {
    return excluded[column];
  }

  public boolean meta(int column) {
    return meta[column];
  }

  public int rowStart(int row) {
    return rowStart[row];
  }

  public int rowEnd(int row) {
    return rowStart[row + 1];
  }

  /** Number of votes the participant cast (passes and votes on excluded statements included). */
  public int rowLength(int row) {
    return rowStart[row + 1] - rowStart[row];
  }

  /** Column index of the k-th stored vote. */
  public int column(int k) {
    return columns[k];
  }

  /** Value (−1, 0, +1) of the k-th stored vote. */
  public byte value(int k) {
    return values[k];
  }

  char[] columnArray() {
    return columns;
  }

  byte[] valueArray() {
    return values;
  }

  int[] rowStartArray() {
    return rowStart;
  }

  /** Number of excluded (moderated-out or meta) statements. */
  public int excludedCount() {
    int c = 0;
    for (boolean e : excluded) {
      if (e) {
        c++;
      }
    }
    return c;
  }

  /** Bytes held by this matrix's arrays. */
  public long bytes() {
    return 4L * rowStart.length
        + 2L * columns.length
        + values.length
        + 8L * participantIds.length
        + 8L * statementIds.length
        + 2L * statementIds.length;
  }

  /** The vote of one cell, or {@code null} if the participant did not vote on it. */
  public Byte vote(int row, int column) {
    int k = Arrays.binarySearch(columns, rowStart[row], rowStart[row + 1], (char) column);
    return k >= 0 ? values[k] : null;
  }

  /** Folds votes in arrival order into a {@link VoteMatrix}; the latest vote on a cell wins. */
  public static final class Builder {
    private long[] statementIds = new long[16];
    private boolean[] excluded = new boolean[16];
    private boolean[] meta = new boolean[16];
    private int m;
    private final LongIndex statementIndex = new LongIndex();

    private long[] participantIds = new long[16];
    private int n;
    private final LongIndex participantIndex = new LongIndex();

    private int[] voteRows = new int[64];
    private char[] voteCols = new char[64];
    private byte[] voteValues = new byte[64];
    private int size;

    private Builder() {}

    /**
     * Registers a statement column (idempotent on the id; the latest flags win).
     *
     * @param excluded moderated out or meta
     */
    public Builder statement(long id, boolean excluded, boolean meta) {
      int c = statementIndex.get(id);
      if (c < 0) {
        if (m == MAX_STATEMENTS) {
          throw new IllegalArgumentException("at most " + MAX_STATEMENTS + " statements supported");
        }
        if (m == statementIds.length) {
          statementIds = Arrays.copyOf(statementIds, 2 * m);
          this.excluded = Arrays.copyOf(this.excluded, 2 * m);
          this.meta = Arrays.copyOf(this.meta, 2 * m);
        }
        c = m++;
        statementIds[c] = id;
        statementIndex.put(id, c);
      }
      this.excluded[c] = excluded || meta;
      this.meta[c] = meta;
      return this;
    }

    /** Whether a statement with this id has been registered. */
    public boolean hasStatement(long id) {
      return statementIndex.get(id) >= 0;
    }

    /** Registers a participant row without votes (idempotent). */
    public int participant(long id) {
      int r = participantIndex.get(id);
      if (r < 0) {
        if (n == participantIds.length) {
          participantIds = Arrays.copyOf(participantIds, 2 * n);
        }
        r = n++;
        participantIds[r] = id;
        participantIndex.put(id, r);
      }
      return r;
    }

    /**
     * Records a vote; a later vote on the same cell replaces this one.
     *
     * @param value {@link #AGREE}, {@link #DISAGREE} or {@link #PASS}
     * @throws IllegalArgumentException if the statement is unknown or the value invalid
     */
    public Builder vote(long participantId, long statementId, int value) {
      if (value < -1 || value > 1) {
        throw new IllegalArgumentException("vote must be -1, 0 or 1, was " + value);
      }
      int c = statementIndex.get(statementId);
      if (c < 0) {
        throw new IllegalArgumentException("unknown statement id " + statementId);
      }
      int r = participant(participantId);
      if (size == voteRows.length) {
        int cap = size * 2;
        voteRows = Arrays.copyOf(voteRows, cap);
        voteCols = Arrays.copyOf(voteCols, cap);
        voteValues = Arrays.copyOf(voteValues, cap);
      }
      voteRows[size] = r;
      voteCols[size] = (char) c;
      voteValues[size] = (byte) value;
      size++;
      return this;
    }

    public VoteMatrix build() {
      int[] rowStart = new int[n + 1];
      for (int k = 0; k < size; k++) {
        rowStart[voteRows[k] + 1]++;
      }
      for (int r = 0; r < n; r++) {
        rowStart[r + 1] += rowStart[r];
      }
      // Stable bucket by row keeps arrival order, which decides "latest wins" below.
      int[] fill = Arrays.copyOf(rowStart, n);
      long[] keyed = new long[size];
      for (int k = 0; k < size; k++) {
        keyed[fill[voteRows[k]]++] = ((long) voteCols[k] << 32) | k;
      }
      char[] cols = new char[size];
      byte[] vals = new byte[size];
      int[] outStart = new int[n + 1];
      int out = 0;
      for (int r = 0; r < n; r++) {
        outStart[r] = out;
        Arrays.sort(keyed, rowStart[r], rowStart[r + 1]);
        for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
          int col = (int) (keyed[k] >>> 32);
          boolean lastOfCell = k + 1 == rowStart[r + 1] || (int) (keyed[k + 1] >>> 32) != col;
          if (lastOfCell) {
            cols[out] = (char) col;
            vals[out] = voteValues[(int) keyed[k]];
            out++;
          }
        }
      }
      outStart[n] = out;
      return new VoteMatrix(
          Arrays.copyOf(participantIds, n),
          Arrays.copyOf(statementIds, m),
          Arrays.copyOf(excluded, m),
          Arrays.copyOf(meta, m),
          outStart,
          Arrays.copyOf(cols, out),
          Arrays.copyOf(vals, out));
    }
  }

  /** Open-addressing long→int map without boxing. */
  static final class LongIndex {
    private long[] keys = new long[32];
    private int[] vals = new int[32];
    private boolean[] used = new boolean[32];
    private int count;

    int get(long key) {
      int mask = keys.length - 1;
      for (int i = hash(key) & mask; used[i]; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return vals[i];
        }
      }
      return -1;
    }

    void put(long key, int value) {
      if (2 * (count + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = hash(key) & mask;
      while (used[i] && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (!used[i]) {
        count++;
      }
      used[i] = true;
      keys[i] = key;
      vals[i] = value;
    }

    private void grow() {
      long[] ok = keys;
      int[] ov = vals;
      boolean[] ou = used;
      keys = new long[ok.length * 2];
      vals = new int[ok.length * 2];
      used = new boolean[ok.length * 2];
      count = 0;
      for (int i = 0; i < ok.length; i++) {
        if (ou[i]) {
          put(ok[i], ov[i]);
        }
      }
    }

    private static int hash(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }
}
