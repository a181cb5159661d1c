package se.trygghetsdialog.moderation.web;

import se.trygghetsdialog.moderation.ModerationItem;

/** What the queue pages show; {@code shownText} is masked unless unmasked with a reason. */
public record ModerationItemView(
    ModerationItem item,
    String typeLabel,
    String kindsLabel,
    String shownText,
    boolean unmasked,
    int unmaskings) {}
