package se.trygghetsdialog.notice;

import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Staff confirm they have checked a notice another module posted with a text screening flagged:
 * until then it is shown nowhere; from then on it is on the board on its dates.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CheckNotice {

  private final NoticeRepository notices;
  private final ApplicationEventPublisher events;

  /**
   * @throws NoticeRuleViolation if the notice is not waiting for a check
   */
  @Transactional
  public void check(MunicipalityId municipality, UUID id, StaffPrincipal actor) {
    if (!notices.release(municipality, id)) {
      throw new NoticeRuleViolation("checked", "notice.error.notHeld");
    }
    events.publishEvent(
        new NoticeChanged(municipality, id, actor.accountId(), NoticeChanged.Change.CHECKED));
  }
}
