package se.trygghetsdialog.geo.web;

/** One category on the administration page, with the values last entered. */
public record CategoryRow(
    String id, String nameSv, String nameEn, boolean active, boolean child, String kindLabel) {}
