package se.trygghetsdialog.dialogue.web;

import se.trygghetsdialog.dialogue.Dialogue;

/** A dialogue in a list, with names resolved for display. */
public record DialogueListItem(
    Dialogue dialogue, String levelName, String areaName, String decisionBody) {}
