package se.trygghetsdialog.support;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** Helpers for tests of the tagged PDFs (åtgärdsplan, lägesbild). */
public final class TaggedPdfs {

  /** Where Debian keeps the DejaVu fonts the PDFs embed. */
  public static final String DEJAVU = "/usr/share/fonts/truetype/dejavu";

  private TaggedPdfs() {}

  /** The structure types of the tree below {@code node}, depth first. */
  public static List<String> structureTypes(PDStructureNode node) {
    List<String> types = new ArrayList<>();
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        types.add(element.getStructureType());
        types.addAll(structureTypes(element));
      }
    }
    return types;
  }
}
