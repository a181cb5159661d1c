package se.trygghetsdialog.place.web;

import se.trygghetsdialog.place.StatusChange;

/** A status change on the reporter's private page, with the organisation's name. */
public record StatusChangeView(String organisation, StatusChange change) {}
