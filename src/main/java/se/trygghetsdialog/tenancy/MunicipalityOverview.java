package se.trygghetsdialog.tenancy;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.Tenant;

/**
 * What the platform operator sees of one municipality: who it is, where it answers and whether it
 * is in use; never any of its data.
 *
 * @param hostNames the host names that serve it (empty for the default, which serves the rest)
 * @param statusChangedAt when it was last deactivated or reactivated, if ever
 */
public record MunicipalityOverview(
    Tenant tenant,
    List<String> hostNames,
    boolean isDefault,
    boolean active,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime statusChangedAt) {}
