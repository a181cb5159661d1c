package se.trygghetsdialog.opinion.clustering;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** A small fork-join pool for the data-parallel loops; results never depend on thread count. */
final class Workers implements AutoCloseable {

  private final ForkJoinPool pool;

  Workers(int threads) {
    this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
  }

  /** Runs {@code task} for every chunk index in {@code [0, chunks)}, possibly in parallel. */
  void forEach(int chunks, IntConsumer task) {
    if (pool == null || chunks == 1) {
      for (int c = 0; c < chunks; c++) {
        task.accept(c);
      }
      return;
    }
    try {
      pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(task)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Splits {@code [0, total)} into {@code chunks} contiguous ranges; returns the boundaries. */
  static int[] split(int total, int chunks) {
    int[] b = new int[chunks + 1];
    for (int c = 0; c <= chunks; c++) {
      b[c] = (int) ((long) total * c / chunks);
    }
    return b;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
