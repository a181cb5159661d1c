package se.trygghetsdialog.shared.db;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write made on a read path, such as the defaults a municipality gets on first use: it runs in a
 * transaction of its own that may write, so that a read-only caller (a page reading the replica,
 * see {@link ReplicaRead}) does not fail on it.
 */
public final class PrimaryWrites {

  private PrimaryWrites() {}

  /** Runs {@code work} in a new read-write transaction and returns what it returns. */
  public static <T> T inOwnTransaction(PlatformTransactionManager transactions, Supplier<T> work) {
    TransactionTemplate own = new TransactionTemplate(transactions);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    own.setReadOnly(false);
    return own.execute(status -> work.get());
  }

  /** Whether the caller's transaction is read-only (and may read the replica). */
  public static boolean inReadOnlyTransaction() {
    return TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
  }
}
