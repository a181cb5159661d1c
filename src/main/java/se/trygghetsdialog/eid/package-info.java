/**
 * Residents prove who they are with Swedish e-ID (BankID, Freja eID and others reached through one
 * OIDC broker) for one purpose at a time: signing an e-förslag, submitting a medborgarförslag. The
 * module runs the authorization-code flow with PKCE, state and nonce, accepts only an ID token at
 * LoA3 or higher, checks the personnummer claim and the configured rules, and hands the purpose's
 * handler a {@link se.trygghetsdialog.eid.VerifiedResident} that carries a pseudonym, never the
 * personnummer. Nothing of the person is stored here and no HTTP session is made; the one-time
 * attempt row (state, nonce, PKCE verifier) is deleted when the broker answers.
 *
 * <p>API: {@link se.trygghetsdialog.eid.EidVerifications} (whether e-ID is on, begin a
 * verification), the extension point {@link se.trygghetsdialog.eid.ResidentVerificationHandler}
 * that a purpose's module implements, {@link se.trygghetsdialog.eid.EidRefusal} and the rules in
 * {@link se.trygghetsdialog.eid.EidPolicy}.
 */
@ApplicationModule(displayName = "Resident e-ID")
@NullMarked
package se.trygghetsdialog.eid;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
