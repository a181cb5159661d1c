package se.trygghetsdialog.records.archive;

import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * SPI: a module with documents of a dialogue that belong in its archive package (frozen report
 * versions, åtgärdsplan versions that cite it, session notes sent, the perspective map) implements
 * this. The records module adds the charter and the published feedback itself.
 */
public interface ArchiveDocuments {

  /** The dialogue's documents of this module, oldest first; empty when there are none. */
  List<ArchiveDocument> forArchive(MunicipalityId municipality, UUID dialogueId);
}
