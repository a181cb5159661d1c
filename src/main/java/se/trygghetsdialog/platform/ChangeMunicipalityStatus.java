package se.trygghetsdialog.platform;

import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.MunicipalityOverview;

/**
 * A platform operator deactivates a municipality (its pages answer that it is not in use, its staff
 * cannot sign in, its data is kept) or reactivates it. The default municipality, which serves every
 * host name no other claims, cannot be deactivated.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeMunicipalityStatus {

  private final Municipalities municipalities;
  private final ApplicationEventPublisher events;

  /**
   * @throws NotFoundException if there is no such municipality
   * @throws PlatformRuleViolation if it is the default municipality
   */
  @Transactional
  public void deactivate(MunicipalityId municipality, UUID operatorId) {
    MunicipalityOverview overview = find(municipality);
    if (overview.isDefault()) {
      throw new PlatformRuleViolation("", "platform.status.error.defaultStays");
    }
    change(overview, false, operatorId);
  }

  /**
   * @throws NotFoundException if there is no such municipality
   */
  @Transactional
  public void reactivate(MunicipalityId municipality, UUID operatorId) {
    change(find(municipality), true, operatorId);
  }

  private MunicipalityOverview find(MunicipalityId municipality) {
    return municipalities
        .overview(municipality)
        .orElseThrow(() -> new NotFoundException("municipality"));
  }

  private void change(MunicipalityOverview overview, boolean active, UUID operatorId) {
    if (overview.active() == active) {
      return;
    }
    municipalities.setActive(overview.tenant().id(), active);
    events.publishEvent(
        new MunicipalityStatusChanged(
            overview.tenant().id(), operatorId, overview.active(), active));
  }
}
