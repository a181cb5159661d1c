/**
 * Personal-data rights: a resident sees, exports and erases what is tied to an e-mail address
 * (through a signed, expiring link mailed to that address), staff produce a registerutdrag for an
 * address, and the municipality's privacy notice (personuppgiftspolicy). Every module that stores
 * an e-mail address implements {@link se.trygghetsdialog.records.rights.PersonalDataHolder}.
 */
@NamedInterface("rights")
@NullMarked
package se.trygghetsdialog.records.rights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
