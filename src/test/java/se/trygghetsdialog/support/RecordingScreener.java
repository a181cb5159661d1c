package se.trygghetsdialog.support;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreeningResult;

/**
 * The real screener, which also remembers every text it was asked to screen, so that a test can
 * count how often one submission's text was screened on its way to publication. Every integration
 * test's context uses it (one shared context).
 */
public class RecordingScreener extends PersonalDataScreener {

  private static final int KEPT = 10_000;

  private final ConcurrentLinkedQueue<String> screened = new ConcurrentLinkedQueue<>();

  @Override
  public ScreeningResult screen(String text) {
    screened.add(text);
    while (screened.size() > KEPT) {
      screened.poll();
    }
    return super.screen(text);
  }

  /** How many times a text containing {@code marker} was screened. */
  public long screenings(String marker) {
    return List.copyOf(screened).stream().filter(t -> t.contains(marker)).count();
  }

  /** Makes the recording screener the application's screener in tests. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    @Primary
    RecordingScreener recordingScreener() {
      return new RecordingScreener();
    }
  }
}
