package se.trygghetsdialog.place;

/** Voluntary gender, used only to compare how women and men experience places. */
public enum Gender {
  WOMAN,
  MAN,
  OTHER
}
