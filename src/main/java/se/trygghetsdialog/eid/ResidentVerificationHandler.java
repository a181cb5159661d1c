package se.trygghetsdialog.eid;

import se.trygghetsdialog.shared.MunicipalityId;

/**
 * What a module implements (one bean per purpose) to have residents prove who they are for it, e.g.
 * signing an e-förslag. The module's page posts a form to {@code /e-legitimation/start} with the
 * fields {@code syfte} (the purpose), {@code arende} (the subject) and {@code tillbaka} (the path
 * to return to).
 */
public interface ResidentVerificationHandler {

  /** The purpose's name, unique among the handlers ({@link EidPolicy#validPurpose}). */
  String purpose();

  /**
   * Whether the purpose may be done for this subject now; asked before the resident is sent to the
   * broker and again when they return.
   *
   * @throws EidRefusal when not, e.g. the signing period has ended
   */
  void check(MunicipalityId municipality, String subjectId);

  /**
   * The resident proved who they are. Store what the purpose needs (the pseudonym, never more than
   * the record carries) in the caller's transaction.
   *
   * @throws EidRefusal to refuse; nothing is stored. A {@code DuplicateKeyException} from the
   *     purpose's unique constraint on the pseudonym becomes the refusal that the resident has
   *     already done this (409)
   */
  void verified(VerifiedResident resident);
}
