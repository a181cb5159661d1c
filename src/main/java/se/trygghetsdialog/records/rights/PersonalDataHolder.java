package se.trygghetsdialog.records.rights;

import java.util.List;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * SPI: a module that stores e-mail addresses implements this, so a resident (through the link
 * mailed to the address) or staff (a registerutdrag) can see and export everything tied to an
 * address, and the resident can have it erased.
 *
 * <p>The address is compared without regard to case or surrounding spaces. Implementations name
 * their items in plain words through a message key of their own bundle.
 */
public interface PersonalDataHolder {

  /** Everything of the municipality's this module ties to the address, oldest first. */
  List<PersonalDataItem> find(MunicipalityId municipality, String email);

  /**
   * Erases or anonymises everything {@link #find} lists for the address: the address itself, names
   * and the resident's own free text go, counts stay.
   *
   * @return how many items were erased or anonymised
   */
  int erase(MunicipalityId municipality, String email);
}
