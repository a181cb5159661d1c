/**
 * Identity: staff accounts and their roles, sign-in (form login with throttling per client address
 * and account; OIDC later), invitations, and the security configuration of the whole application.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package se.trygghetsdialog.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
