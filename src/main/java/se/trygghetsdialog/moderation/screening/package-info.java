/**
 * Internal detectors behind {@link se.trygghetsdialog.moderation.PersonalDataScreener}: one small
 * class per kind of personal data, plus the shipped word lists they load.
 */
@org.jspecify.annotations.NullMarked
package se.trygghetsdialog.moderation.screening;
