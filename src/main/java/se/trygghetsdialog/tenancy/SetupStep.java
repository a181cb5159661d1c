package se.trygghetsdialog.tenancy;

import se.trygghetsdialog.shared.MunicipalityId;

/**
 * One item of a municipality's setup checklist (a task list in the GOV.UK pattern). Each module
 * that needs something set before a dialogue can run declares its items as beans of this type; the
 * checklist lists them in {@link #order()} and links each to the page where it is set, then and
 * later.
 */
public interface SetupStep {

  /** Where the item stands in the list: lower first. */
  int order();

  /** Message key of the item's name, e.g. the political bodies. */
  String nameKey();

  /** Message key of one sentence on what to do. */
  String hintKey();

  /** The staff page where an administrator sets it. */
  String path();

  /** Whether the municipality has set it. */
  Status status(MunicipalityId municipality);

  /** The state of one item. */
  enum Status {
    /** Set. */
    DONE,
    /** Needed before a dialogue can run, and not set yet. */
    TO_DO,
    /** Useful, not needed. */
    OPTIONAL
  }
}
