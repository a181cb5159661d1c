package se.trygghetsdialog.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.feedback.FeedbackPolicy.FollowOutcome;
import se.trygghetsdialog.shared.MunicipalityId;

class FeedbackPolicyTest {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T12:00:00+01:00");

  final FeedbackPolicy policy = new FeedbackPolicy();

  static Follower follower(
      OffsetDateTime sentAt, OffsetDateTime confirmedAt, OffsetDateTime unsubscribedAt) {
    return new Follower(
        UUID.randomUUID(),
        new MunicipalityId(UUID.randomUUID()),
        new DialogueId(UUID.randomUUID()),
        "a@example.se",
        Locale.forLanguageTag("sv"),
        sentAt,
        sentAt,
        confirmedAt,
        unsubscribedAt);
  }

  @Nested
  class FollowDialogue {

    @Test
    void createsAFollowerForANewAddress() {
      assertThat(policy.follow(null, NOW)).isEqualTo(FollowOutcome.CREATE);
    }

    @Test
    void sendsNothingToAnAddressThatAlreadyFollows() {
      Follower confirmed = follower(NOW.minusDays(3), NOW.minusDays(2), null);
      assertThat(policy.follow(confirmed, NOW)).isEqualTo(FollowOutcome.NOTHING);
    }

    @Test
    void sendsNoNewConfirmationWithinTenMinutes() {
      Follower pending = follower(NOW.minusMinutes(9), null, null);
      assertThat(policy.follow(pending, NOW)).isEqualTo(FollowOutcome.NOTHING);
    }

    @Test
    void resendsTheConfirmationAfterTenMinutes() {
      Follower pending = follower(NOW.minusMinutes(10), null, null);
      assertThat(policy.follow(pending, NOW)).isEqualTo(FollowOutcome.RESEND_CONFIRMATION);
    }
  }

  @Nested
  class ConfirmFollowing {

    @Test
    void confirmsAPendingFollowerWithinSevenDays() {
      assertThat(policy.mayConfirm(follower(NOW.minusDays(6), null, null), NOW)).isTrue();
    }

    @Test
    void refusesAnExpiredLink() {
      assertThat(policy.mayConfirm(follower(NOW.minusDays(7), null, null), NOW)).isFalse();
    }

    @Test
    void refusesAFollowerWhoIsAlreadyConfirmedOrGone() {
      assertThat(policy.mayConfirm(follower(NOW.minusDays(1), NOW, null), NOW)).isFalse();
      assertThat(policy.mayConfirm(follower(NOW.minusDays(1), null, NOW), NOW)).isFalse();
    }
  }

  @Nested
  class StopFollowing {

    @Test
    void letsEveryFollowerStopEvenTwice() {
      assertThat(policy.mayStop(follower(NOW, null, null))).isTrue();
      assertThat(policy.mayStop(follower(NOW, NOW, NOW))).isTrue();
    }
  }

  @Nested
  class Notifications {

    @Test
    void mailsOnlyConfirmedFollowersWhoHaveNotUnsubscribed() {
      assertThat(policy.mayNotify(follower(NOW, NOW, null))).isTrue();
      assertThat(policy.mayNotify(follower(NOW, null, null))).isFalse();
      assertThat(policy.mayNotify(follower(NOW, NOW, NOW))).isFalse();
    }
  }

  @Nested
  class EmailAddresses {

    @ParameterizedTest
    @ValueSource(strings = {"anna@example.se", "a.b+dialog@lysekil.se", "x@sub.example.com"})
    void acceptsOrdinaryAddresses(String address) {
      assertThat(EmailAddress.valid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "anna",
          "anna@",
          "@example.se",
          "anna@example",
          "a b@example.se",
          "a@@b.se",
          "a..b@example.se",
          "a@b.c"
        })
    void rejectsMalformedAddresses(String address) {
      assertThat(EmailAddress.valid(address)).isFalse();
    }

    @Test
    void rejectsAddressesLongerThan254Characters() {
      String local = "a".repeat(64);
      String domain = "b".repeat(200) + ".se";
      assertThat(EmailAddress.valid(local + "@" + domain)).isFalse();
    }
  }

  @Nested
  class Tokens {

    @Test
    void areUrlSafeAndUnique() {
      String a = FollowerTokens.newToken();
      String b = FollowerTokens.newToken();
      assertThat(a).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(b);
      assertThat(FollowerTokens.wellFormed(a)).isTrue();
      assertThat(FollowerTokens.wellFormed("../etc")).isFalse();
    }

    @Test
    void areStoredOnlyAsSha256() {
      String token = FollowerTokens.newToken();
      assertThat(FollowerTokens.hash(token)).matches("[0-9a-f]{64}").doesNotContain(token);
    }
  }
}
