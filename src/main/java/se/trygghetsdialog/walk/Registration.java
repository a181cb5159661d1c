package se.trygghetsdialog.walk;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A resident's registration for a walk (staff only). */
public record Registration(
    UUID id,
    String name,
    @Nullable String email,
    WalkerGroup group,
    String accessibility,
    boolean accessibilityFlagged,
    OffsetDateTime registeredAt,
    @Nullable OffsetDateTime cancelledAt) {}
