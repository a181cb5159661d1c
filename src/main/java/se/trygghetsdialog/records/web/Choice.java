package se.trygghetsdialog.records.web;

/** One option of a filter's list: the value sent and the words shown. */
public record Choice(String value, String label) {}
