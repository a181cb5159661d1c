package se.trygghetsdialog.records.registration.web;

import se.trygghetsdialog.records.registration.RegistrationEntry;

/**
 * One line of the registration list.
 *
 * @param kind the kind in words
 * @param organisation the owner's name, empty before routing
 */
public record RegistrationLine(RegistrationEntry entry, String kind, String organisation) {}
