package se.trygghetsdialog.shared.db;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of reading as a {@link ReplicaRead}: for a public page that keeps its data in the
 * public page cache, the loader is run through this so that only a cache miss opens a transaction
 * (on the read replica when there is one); a hit opens none.
 */
@Component
public class ReplicaReads {

  /** Runs {@code reading} in a read-only transaction that may read the replica. */
  @ReplicaRead
  public <T> T read(Supplier<T> reading) {
    return reading.get();
  }
}
