package se.trygghetsdialog.dialogue;

import java.time.LocalDate;

/**
 * A document a dialogue has published: a localized title, the day it was published, and the
 * addresses of its public page and its PDF. Never personal data.
 */
public record PublishedDocument(
    String title, LocalDate publishedOn, String pageUrl, String pdfUrl) {}
