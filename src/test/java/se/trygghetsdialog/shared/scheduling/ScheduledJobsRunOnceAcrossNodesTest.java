package se.trygghetsdialog.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.support.IntegrationTest;

/**
 * Two application nodes share one database; a scheduled job fires on both at the same moment and
 * runs on one of them only. Each node is ShedLock's JDBC provider as the application configures it,
 * on the application's database and its table {@code shedlock}.
 */
@IntegrationTest
class ScheduledJobsRunOnceAcrossNodesTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @Test
  void aJobStartedOnTwoNodesAtOnceRunsOnceAndAgainAtItsNextSchedule() throws Exception {
    List<LockingTaskExecutor> nodes =
        List.of(
            new DefaultLockingTaskExecutor(SchedulerLockConfig.locksIn(dataSource, "node-a")),
            new DefaultLockingTaskExecutor(SchedulerLockConfig.locksIn(dataSource, "node-b")));
    String job = "test-job-" + UUID.randomUUID();
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch skipped = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<TaskResult<String>>> results = new ArrayList<>();
      for (LockingTaskExecutor node : nodes) {
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  TaskResult<String> result =
                      executeWithLock(
                          node,
                          () -> {
                            runs.incrementAndGet();
                            // Holds the lock until the other node has tried and been turned away.
                            skipped.await(30, TimeUnit.SECONDS);
                            return "ran";
                          },
                          lock(job));
                  if (!result.wasExecuted()) {
                    skipped.countDown();
                  }
                  return result;
                }));
      }
      start.countDown();
      int executed = 0;
      for (Future<TaskResult<String>> result : results) {
        executed += result.get(60, TimeUnit.SECONDS).wasExecuted() ? 1 : 0;
      }
      assertThat(executed).isEqualTo(1);
      assertThat(runs).hasValue(1);
      assertThat(skipped.getCount()).isZero();

      // The lock lasts for the run, not beyond it: the next schedule runs again, on either node.
      assertThat(
              executeWithLock(nodes.get(1), () -> "ran " + runs.incrementAndGet(), lock(job))
                  .wasExecuted())
          .isTrue();
      assertThat(runs).hasValue(2);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theApplicationsOwnScheduledJobsTakeTheirLockInTheDatabase() {
    // Mail delivery runs every 200 ms in the tests; each run takes and releases its lock.
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql("SELECT count(*) FROM shedlock WHERE name = 'mail-delivery'")
                        .query(Long.class)
                        .single()
                    == 1);
  }

  private static TaskResult<String> executeWithLock(
      LockingTaskExecutor node,
      LockingTaskExecutor.TaskWithResult<String> task,
      LockConfiguration lock)
      throws Exception {
    try {
      return node.executeWithLock(task, lock);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static LockConfiguration lock(String job) {
    return new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ZERO);
  }
}
