package se.trygghetsdialog.shared.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A request without its own id gets a fresh random UUID (version 4), never one seen before. */
class GeneratedRequestIdsTest {

  @Test
  void generatedIdsAreVersionFourUuidsAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = RequestIdFilter.newId();
      UUID parsed = UUID.fromString(id);
      assertThat(parsed.version()).isEqualTo(4);
      assertThat(parsed.variant()).isEqualTo(2);
      assertThat(seen.add(id)).isTrue();
    }
  }
}
