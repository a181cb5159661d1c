package se.trygghetsdialog.place;

/** Voluntary age band, used only for statistics on who reports. */
public enum AgeBand {
  UNDER_18,
  FROM_18_TO_29,
  FROM_30_TO_49,
  FROM_50_TO_64,
  FROM_65
}
