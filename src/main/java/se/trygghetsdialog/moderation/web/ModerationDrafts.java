package se.trygghetsdialog.moderation.web;

/** The values the item page's forms were sent with, shown again after an error. */
public record ModerationDrafts(
    String publicText, String rejectReason, String internalNote, String unmaskReason) {}
