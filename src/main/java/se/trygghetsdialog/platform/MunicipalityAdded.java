package se.trygghetsdialog.platform;

import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A platform operator added a municipality; logged in the new municipality's audit log.
 *
 * @param operatorId the operator who added it (an operator account, not a staff account)
 */
public record MunicipalityAdded(
    MunicipalityId municipalityId, UUID operatorId, String code, String name, List<String> hosts)
    implements OperatorChange {

  @Override
  public String auditAction() {
    return "platform.municipality.added";
  }
}
