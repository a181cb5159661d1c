package se.trygghetsdialog.lagesbild;

import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.AdoptedDocumentPdf;
import se.trygghetsdialog.shared.pdf.TaggedPdf;

/**
 * Writes an adopted lägesbild version as a tagged PDF ({@link TaggedPdf}), in Swedish: H1 with the
 * title and version, the decision, then one H2 section per part of lag 2023:196 §4 with H3
 * sub-headings and the statistics and facts as tables with column and row header cells.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LagesbildPdf {

  private final AdoptedDocumentPdf documents;

  /** The document title: the lägesbild's title and its version. */
  public String title(LagesbildVersion v) {
    return v.title() + " – " + t("measure.lagesbild.versionLabel", v.versionNumber());
  }

  public byte[] render(LagesbildVersion v, String municipalityName) {
    return documents.render(
        title(v),
        municipalityName,
        t("measure.lagesbild.pdf.subject"),
        (pdf, body) -> {
          pdf.paragraph(t("measure.lagesbild.lawNote"), body);
          documents.decision(pdf, body, t("measure.lagesbild.decision"), v.decision());

          PDStructureElement part1 = pdf.section(body);
          pdf.heading(StandardStructureTypes.H2, t("measure.lagesbild.part1"), part1);
          List<CrimeStatisticsTable> tables = v.crimeTables();
          for (CrimeStatisticsTable table : tables) {
            String caption = t("measure.lagesbild.crime.caption." + table.kind().name());
            pdf.heading(StandardStructureTypes.H3, caption, part1);
            List<String> header = new ArrayList<>();
            header.add(t("measure.lagesbild.crime.category"));
            table.periods().forEach(p -> header.add(p.toString()));
            header.add(t("measure.lagesbild.crime.changePrevious"));
            if (table.showsYearBefore()) {
              header.add(t("measure.lagesbild.crime.changeYearBefore"));
            }
            List<List<String>> rows = new ArrayList<>();
            for (CrimeStatisticsTable.Row row : table.rows()) {
              List<String> cells = new ArrayList<>();
              cells.add(row.category());
              cells.addAll(row.counts());
              cells.add(row.changePrevious());
              if (table.showsYearBefore()) {
                cells.add(row.changeYearBefore());
              }
              rows.add(cells);
            }
            pdf.table(part1, header, rows, header.size() > 6 ? 0.22f : 0.3f);
          }
          if (tables.isEmpty()) {
            pdf.paragraph(t("measure.lagesbild.crime.none"), part1);
          }
          if (!v.crimeText().isBlank()) {
            pdf.heading(StandardStructureTypes.H3, t("measure.lagesbild.crimeText"), part1);
            pdf.paragraph(v.crimeText(), part1);
          }

          PDStructureElement part2 = pdf.section(body);
          pdf.heading(StandardStructureTypes.H2, t("measure.lagesbild.part2"), part2);
          pdf.paragraph(
              t("measure.lagesbild.factsPeriod", v.factsFrom().toString(), v.factsTo().toString()),
              part2);
          for (LagesbildFact fact : v.facts()) {
            pdf.heading(StandardStructureTypes.H3, fact.title(), part2);
            pdf.paragraph(t("measure.lagesbild.fact.source", fact.source()), part2);
            if (!fact.rows().isEmpty()) {
              pdf.table(
                  part2,
                  List.of(t("measure.lagesbild.fact.label"), t("measure.lagesbild.fact.count")),
                  fact.rows().stream()
                      .map(r -> List.of(r.label(), String.valueOf(r.count())))
                      .toList(),
                  0.7f);
            }
            if (!fact.text().isBlank()) {
              pdf.paragraph(fact.text(), part2);
            }
          }
          if (!v.otherText().isBlank()) {
            pdf.heading(StandardStructureTypes.H3, t("measure.lagesbild.otherText"), part2);
            pdf.paragraph(v.otherText(), part2);
          }

          PDStructureElement part3 = pdf.section(body);
          pdf.heading(StandardStructureTypes.H2, t("measure.lagesbild.part3"), part3);
          pdf.paragraph(v.analysisText(), part3);
          pdf.heading(StandardStructureTypes.H3, t("measure.lagesbild.problems"), part3);
          if (v.problems().isEmpty()) {
            pdf.paragraph(t("measure.lagesbild.problems.none"), part3);
          }
          for (LagesbildProblem problem : v.problems()) {
            PDStructureElement section = pdf.section(part3);
            pdf.block(StandardStructureTypes.P, problem.title(), pdf.bold, 10, section);
            if (!problem.description().isBlank()) {
              pdf.paragraph(problem.description(), section);
            }
            if (!problem.areaName().isBlank()) {
              pdf.paragraph(
                  t("measure.lagesbild.problem.area") + ": " + problem.areaName(), section);
            }
          }
        });
  }

  private String t(String key, Object... args) {
    return documents.t(key, args);
  }
}
