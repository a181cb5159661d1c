package se.trygghetsdialog.tenancy;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A municipality setting was changed: one event per changed value, written to the audit log with
 * who changed it, the old and the new value. Other modules that own settings (field) publish it
 * too.
 *
 * @param setting a stable name of the setting, e.g. {@code profile.name} or {@code feature.WALKS}
 */
public record SettingChanged(
    MunicipalityId municipalityId,
    @Nullable UUID actorAccountId,
    String setting,
    String oldValue,
    String newValue)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "setting.changed";
  }

  @Override
  public String auditSubject() {
    return setting;
  }
}
