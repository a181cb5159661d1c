package se.trygghetsdialog.eid;

import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A resident who proved who they are with e-ID at LoA3 or higher for one purpose and subject, and
 * met the configured rules. Carries no personnummer: only a pseudonym that is the same for the same
 * person, municipality, purpose and subject, and differs for any other.
 *
 * @param municipality the municipality the verification was for
 * @param purpose the purpose, as the handler names it
 * @param subjectId what the purpose is about (e.g. a proposal id)
 * @param pseudonym HMAC-SHA256 with the installation's secret over municipality, purpose, subject
 *     and personnummer, URL-safe base64 (43 characters); store it with a unique constraint
 * @param ageBand the resident's age band on the day of verification
 * @param residence where the resident is folkbokförd, when the broker said
 */
public record VerifiedResident(
    MunicipalityId municipality,
    String purpose,
    String subjectId,
    String pseudonym,
    AgeBand ageBand,
    Residence residence) {}
