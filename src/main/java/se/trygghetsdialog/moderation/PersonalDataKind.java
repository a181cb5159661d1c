package se.trygghetsdialog.moderation;

/**
 * A kind of personal data that screening detects in free text.
 *
 * <p>Every kind is never published. {@link #isSpecialCategory()} marks the GDPR Art. 9 categories
 * and {@link #isCriminalOffence()} the Art. 10 category; these must also be masked in internal
 * views for roles that do not need them, and must never be used to select people.
 */
public enum PersonalDataKind {
  /** Swedish personnummer: 10 or 12 digits with a valid date, whatever the check digit. */
  PERSONAL_IDENTITY_NUMBER("personnummer"),
  /** Swedish samordningsnummer: like a personnummer with 60 added to the day of birth. */
  COORDINATION_NUMBER("samordningsnummer"),
  /** Swedish telephone number, national or +46 form. */
  PHONE_NUMBER("telefonnummer"),
  /** E-mail address, also in common obfuscated forms such as {@code namn(at)exempel.se}. */
  EMAIL_ADDRESS("e-postadress"),
  /** Street name with a house number, such as {@code Storgatan 12B}. */
  STREET_ADDRESS("adress"),
  /** Swedish vehicle registration number, such as {@code ABC 123} or {@code ABC 12A}. */
  VEHICLE_REGISTRATION("registreringsnummer"),
  /** A personal name from the shipped list of common Swedish first names and surnames. */
  PERSONAL_NAME("namn"),
  /** Words revealing a person's health, including addiction and disability (Art. 9). */
  HEALTH("hälsa"),
  /** Words revealing ethnic origin or nationality of people (Art. 9). */
  ETHNICITY("etniskt ursprung"),
  /** Words revealing religious belief (Art. 9). */
  RELIGION("religion"),
  /** Words revealing sexual orientation or sex life (Art. 9). */
  SEXUALITY("sexuell läggning"),
  /** An allegation that an identifiable person commits or has committed a crime (Art. 10). */
  CRIME_ALLEGATION("brottsanklagelse");

  private final String swedishLabel;

  PersonalDataKind(String swedishLabel) {
    this.swedishLabel = swedishLabel;
  }

  /** The Swedish label used in the default mask, for example {@code personnummer}. */
  public String swedishLabel() {
    return swedishLabel;
  }

  /** Whether this kind is a special category of personal data under GDPR Art. 9. */
  public boolean isSpecialCategory() {
    return this == HEALTH || this == ETHNICITY || this == RELIGION || this == SEXUALITY;
  }

  /** Whether this kind is personal data about criminal offences under GDPR Art. 10. */
  public boolean isCriminalOffence() {
    return this == CRIME_ALLEGATION;
  }
}
