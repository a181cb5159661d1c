package se.trygghetsdialog.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.shared.MunicipalityId;

class ModerationPolicyTest {

  static ModerationItem item(ModerationStatus status) {
    return new ModerationItem(
        new ModerationItemId(UUID.randomUUID()),
        new MunicipalityId(UUID.randomUUID()),
        "place-report",
        UUID.randomUUID(),
        "text",
        null,
        false,
        Set.of(),
        status,
        "",
        false,
        null,
        null,
        OffsetDateTime.now(),
        java.util.List.of());
  }

  @Nested
  class Decisions {

    @Test
    void allowsADecisionOnlyWhilePending() {
      assertThatNoException()
          .isThrownBy(() -> ModerationPolicy.checkPending(item(ModerationStatus.PENDING)));
      for (ModerationStatus decided :
          Set.of(ModerationStatus.APPROVED, ModerationStatus.REJECTED, ModerationStatus.INTERNAL)) {
        assertThatThrownBy(() -> ModerationPolicy.checkPending(item(decided)))
            .hasMessage("moderation.error.alreadyDecided");
      }
    }

    @Test
    void requiresAReasonOfLimitedLength() {
      assertThatThrownBy(() -> ModerationPolicy.checkReason("rejectReason", " "))
          .isInstanceOfSatisfying(
              ModerationRuleViolation.class, v -> assertThat(v.field()).isEqualTo("rejectReason"))
          .hasMessage("moderation.error.reason.required");
      assertThatThrownBy(() -> ModerationPolicy.checkReason("x", "a".repeat(501)))
          .hasMessage("moderation.error.reason.tooLong");
      assertThatNoException().isThrownBy(() -> ModerationPolicy.checkReason("x", "a".repeat(500)));
    }
  }

  @Test
  void namesAnAuditActionForEveryDecisionAndForUnmasking() {
    MunicipalityId m = new MunicipalityId(UUID.randomUUID());
    UUID content = UUID.randomUUID();
    assertThat(
            new ContentApproved(m, "place-report", content, "t", true, false, null).auditAction())
        .isEqualTo("moderation.approved-redacted");
    assertThat(new ContentApproved(m, "place-report", content, "t", true, true, null).auditAction())
        .isEqualTo("moderation.approved-findings-confirmed");
    assertThat(new ContentRejected(m, "place-report", content, "r", null).auditSubject())
        .isEqualTo("place-report:" + content);
    assertThat(
            new ContentUnmasked(
                    m, UUID.randomUUID(), "place-report", content, UUID.randomUUID(), "r")
                .auditAction())
        .isEqualTo("moderation.unmasked");
  }
}
