package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.RealCsrfTokenStore;
import se.trygghetsdialog.shared.ServerSecret;
import se.trygghetsdialog.support.IntegrationTest;

/**
 * A public page whose data the public page cache keeps is served without a transaction: without a
 * replica every transaction takes a pooled connection and costs round trips to the database, so a
 * page that opened one before asking the cache paid that on every hit.
 */
@IntegrationTest
class PublicPagesFromTheCacheOpenNoTransactionTest {

  @Autowired MockMvc mvc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired PublicPageCache cache;
  @Autowired WebApplicationContext context;
  @Autowired ServerSecret secret;

  @BeforeEach
  void theApplicationsOwnCsrfTokenStore() {
    // MockMvc's csrf() in an earlier test puts a session-based token store in the shared context,
    // and saving a session is a transaction of its own on every page.
    RealCsrfTokenStore.restore(context, secret);
  }

  @Test
  void theListTheDialogueAndTheMapFromTheCacheBeginNoTransaction() throws Exception {
    String list = mvc.perform(get("/dialoger")).andReturn().getResponse().getContentAsString();
    Matcher link = Pattern.compile("/dialoger/[0-9a-f-]{36}").matcher(list);
    assertThat(link.find()).as("a dialogue on the public list").isTrue();
    Thread test = Thread.currentThread();
    AtomicInteger begun = new AtomicInteger();
    TransactionExecutionListener counting =
        new TransactionExecutionListener() {
          @Override
          public void afterBegin(TransactionExecution transaction, Throwable failure) {
            if (Thread.currentThread() == test) {
              begun.incrementAndGet();
            }
          }
        };
    AbstractPlatformTransactionManager manager = (AbstractPlatformTransactionManager) transactions;
    manager.addListener(counting);
    try {
      for (String path : List.of("/dialoger", link.group(), "/trygghetskarta")) {
        cache.evictAll();
        mvc.perform(get(path)).andExpect(status().isOk());
        assertThat(begun.get()).as("transactions of a first visit to " + path).isPositive();
        // Any event naming the municipality (a job of another test, a mail sent) evicts its
        // pages, so a later visit may read again; one of a few visits in a row is a cache hit,
        // and before the fix every visit began a transaction.
        int fewest = Integer.MAX_VALUE;
        for (int visit = 0; visit < 5 && fewest > 0; visit++) {
          begun.set(0);
          mvc.perform(get(path)).andExpect(status().isOk());
          fewest = Math.min(fewest, begun.get());
        }
        assertThat(fewest).as("transactions of a visit to " + path + " from the cache").isZero();
      }
    } finally {
      manager.getTransactionExecutionListeners().remove(counting);
    }
  }
}
