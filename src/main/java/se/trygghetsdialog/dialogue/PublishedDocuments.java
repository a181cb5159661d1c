package se.trygghetsdialog.dialogue;

import java.util.List;
import java.util.Locale;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Supplies the documents a dialogue has published, from a module the dialogue module does not
 * depend on (for example the frozen versions of the report to the decision-makers). The dialogue
 * module owns the interface; every bean implementing it is listed on the public dialogue page.
 */
public interface PublishedDocuments {

  /** The dialogue's published documents, newest first; empty when there are none. */
  List<PublishedDocument> publishedFor(
      MunicipalityId municipality, DialogueId dialogue, Locale locale);
}
