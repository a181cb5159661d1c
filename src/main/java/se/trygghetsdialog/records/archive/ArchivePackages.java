package se.trygghetsdialog.records.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.dialogue.Charter;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.StepRecord;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.RuleViolation;
import se.trygghetsdialog.tenancy.Municipalities;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the archive package of a closed dialogue (step 7 reached): {@code metadata.json} and
 * {@code content/} with every document as PDF/A-2b. The charter and the published feedback come
 * from the dialogue module; every {@link ArchiveDocuments} bean adds its own. The metadata names
 * each file with its SHA-256 checksum and size. Each package built is audited.
 */
@Service
public class ArchivePackages {

  static final String FORMAT = "trygghetsdialog-archive-package/1 (FGS-inspired)";
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The dialogue has not reached step 7. */
  public static class NotClosed extends RuleViolation {
    private static final long serialVersionUID = 1L;

    NotClosed() {
      super("dialogue", "archive.error.notClosed");
    }
  }

  private final List<ArchiveDocuments> sources;
  private final Dialogues dialogues;
  private final Municipalities municipalities;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final ArchivePdf pdfs;

  ArchivePackages(
      List<ArchiveDocuments> sources,
      Dialogues dialogues,
      Municipalities municipalities,
      MessageSource messages,
      ApplicationEventPublisher events,
      ArchivePdf pdfs) {
    this.sources = List.copyOf(sources);
    this.dialogues = dialogues;
    this.municipalities = municipalities;
    this.messages = messages;
    this.events = events;
    this.pdfs = pdfs;
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, SWEDISH);
  }

  /**
   * The package of the dialogue as a ZIP.
   *
   * @throws NotClosed when the dialogue has not reached step 7
   */
  public byte[] build(
      MunicipalityId municipality, Dialogue dialogue, UUID actor, OffsetDateTime now) {
    if (dialogue.step() != DialogueStep.CAPACITY) {
      throw new NotClosed();
    }
    String author = municipalities.name(municipality);
    List<ArchiveDocument> documents = new ArrayList<>();
    documents.add(charter(dialogue, author));
    documents.add(feedback(municipality, dialogue, author));
    List<ArchiveDocument> more = new ArrayList<>();
    for (ArchiveDocuments source : sources) {
      more.addAll(source.forArchive(municipality, dialogue.id().value()));
    }
    more.sort(Comparator.comparing(ArchiveDocument::date));
    documents.addAll(more);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Map<String, Object>> described = new ArrayList<>();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      int n = 1;
      for (ArchiveDocument document : documents) {
        byte[] pdf = PdfA.archival(document.pdf(), document.title(), author, document.date());
        String file = "content/%02d-%s.pdf".formatted(n++, document.kind());
        zip.putNextEntry(new ZipEntry(file));
        zip.write(pdf);
        zip.closeEntry();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", file);
        entry.put("kind", document.kind());
        entry.put("title", document.title());
        entry.put("date", document.date().toString());
        entry.put("mimeType", "application/pdf");
        entry.put("format", "PDF/A-2b");
        entry.put("size", pdf.length);
        entry.put("sha256", sha256(pdf));
        described.add(entry);
      }
      zip.putNextEntry(new ZipEntry("metadata.json"));
      zip.write(metadata(municipality, author, dialogue, described, now));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    events.publishEvent(
        new ArchivePackageExported(
            municipality, dialogue.id().value(), documents.size(), now, actor));
    return out.toByteArray();
  }

  private byte[] metadata(
      MunicipalityId municipality,
      String author,
      Dialogue dialogue,
      List<Map<String, Object>> documents,
      OffsetDateTime now) {
    Map<String, Object> pkg = new LinkedHashMap<>();
    pkg.put("id", UUID.randomUUID().toString());
    pkg.put("format", FORMAT);
    pkg.put("created", now.toString());
    pkg.put("creator", author);
    pkg.put("municipalityId", municipality.value().toString());
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("id", dialogue.id().value().toString());
    about.put("title", dialogue.title());
    about.put("summary", dialogue.summary());
    about.put("createdAt", dialogue.createdAt().toString());
    about.put("step", dialogue.step().name());
    about.put("decisionBody", dialogue.decision().toString());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("package", pkg);
    root.put("dialogue", about);
    root.put("documents", documents);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private ArchiveDocument charter(Dialogue dialogue, String author) {
    Charter c = dialogue.charter();
    String title = t("archive.charter.title", dialogue.title());
    List<List<String>> rows =
        List.of(
            List.of(t("archive.charter.summary"), dialogue.summary()),
            List.of(t("archive.charter.purposeInfluence"), c.purposeInfluence()),
            List.of(t("archive.charter.purposeBasis"), c.purposeBasis()),
            List.of(t("archive.charter.localGoals"), c.localGoals()),
            List.of(t("archive.charter.canBeInfluenced"), text(c.canBeInfluenced())),
            List.of(t("archive.charter.influenceNote"), c.influenceNote()),
            List.of(t("archive.charter.conflictLevel"), text(c.conflictLevel())),
            List.of(t("archive.charter.conflictAnalysis"), c.conflictAnalysis()),
            List.of(t("archive.charter.targetGroups"), c.targetGroups()),
            List.of(t("archive.charter.rarelyHeardGroups"), c.rarelyHeardGroups()),
            List.of(t("archive.charter.documentationPlan"), c.documentationPlan()),
            List.of(t("archive.charter.context"), c.context()),
            List.of(t("archive.charter.budgetSek"), text(c.budgetSek())),
            List.of(t("archive.charter.staffHours"), text(c.staffHours())),
            List.of(t("archive.charter.periodStart"), text(c.periodStart())),
            List.of(t("archive.charter.periodEnd"), text(c.periodEnd())),
            List.of(t("archive.charter.organisationParticipants"), c.organisationParticipants()),
            List.of(t("archive.charter.residentInvolvement"), c.residentInvolvement()));
    return new ArchiveDocument(
        "charter", title, dialogue.createdAt(), pdfs.table(title, author, null, rows, 0.35f));
  }

  private ArchiveDocument feedback(MunicipalityId municipality, Dialogue dialogue, String author) {
    List<StepRecord> history = dialogues.history(municipality, dialogue.id());
    String title = t("archive.feedback.title", dialogue.title());
    List<String> header =
        List.of(t("archive.feedback.date"), t("archive.feedback.step"), t("archive.feedback.text"));
    List<List<String>> rows = new ArrayList<>();
    OffsetDateTime last = dialogue.createdAt();
    for (StepRecord record : history) {
      rows.add(
          List.of(
              record.changedAt().toLocalDate().toString(),
              t("archive.feedback.stepNumber", record.to().ordinal()),
              record.feedback()));
      if (record.changedAt().isAfter(last)) {
        last = record.changedAt();
      }
    }
    return new ArchiveDocument(
        "feedback", title, last, pdfs.table(title, author, header, rows, 0.2f));
  }
}
