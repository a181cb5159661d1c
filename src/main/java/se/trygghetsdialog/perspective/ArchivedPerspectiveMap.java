package se.trygghetsdialog.perspective;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.records.archive.ArchiveDocument;
import se.trygghetsdialog.records.archive.ArchiveDocuments;
import se.trygghetsdialog.records.archive.ArchivePdf;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The perspective map of a dialogue as tables for its archive package: per theme and channel, per
 * channel and per kind, each with how many perspectives, minority perspectives and nej-röster.
 * Counts and theme names only, never a perspective's text or anything of a contact. Dated the day
 * of the newest perspective; a dialogue without perspectives has no map in its package.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ArchivedPerspectiveMap implements ArchiveDocuments {

  static final String KIND = "perspective-map";
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final Perspectives perspectives;
  private final ArchivePdf pdfs;
  private final Municipalities municipalities;
  private final MessageSource messages;

  private String t(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, SWEDISH);
  }

  @Override
  public List<ArchiveDocument> forArchive(MunicipalityId municipality, UUID dialogueId) {
    DialogueId dialogue = new DialogueId(dialogueId);
    List<Perspective> all = perspectives.perspectives(municipality, dialogue);
    if (all.isEmpty()) {
      return List.of();
    }
    List<Theme> themes = perspectives.themes(municipality, dialogue);
    PerspectiveMap map = PerspectiveMap.of(themes, all);
    List<String> counts =
        List.of(
            t("perspective.archive.perspectives"),
            t("perspective.flag.minority"),
            t("perspective.flag.dissent"));

    List<List<String>> byTheme = new ArrayList<>();
    List<UUID> known = themes.stream().map(Theme::id).toList();
    for (PerspectiveMap.Row row : map.rows()) {
      UUID theme = row.themeId();
      Predicate<Perspective> inRow =
          theme == null
              ? p -> p.themeIds().stream().noneMatch(known::contains)
              : p -> p.themeIds().contains(theme);
      String name = theme == null ? t("perspective.map.untagged") : row.themeName();
      for (Channel channel : PerspectiveMap.CHANNELS) {
        if (row.count(channel) > 0) {
          byTheme.add(
              row(
                  List.of(name, t(channel.key())),
                  all.stream().filter(inRow.and(p -> p.channel() == channel)).toList()));
        }
      }
      if (row.total() == 0) {
        byTheme.add(row(List.of(name, ""), List.of()));
      }
    }
    List<List<String>> byChannel = new ArrayList<>();
    for (Channel channel : PerspectiveMap.CHANNELS) {
      List<Perspective> heard = all.stream().filter(p -> p.channel() == channel).toList();
      if (!heard.isEmpty()) {
        byChannel.add(row(List.of(t(channel.key())), heard));
      }
    }
    byChannel.add(row(List.of(t("perspective.map.allPerspectives")), all));
    List<List<String>> byKind = new ArrayList<>();
    for (PerspectiveKind kind : PerspectiveKind.values()) {
      List<Perspective> ofKind = all.stream().filter(p -> p.kind() == kind).toList();
      if (!ofKind.isEmpty()) {
        byKind.add(row(List.of(t("perspective.kind." + kind.name())), ofKind));
      }
    }

    String title = t("perspective.archive.title");
    byte[] pdf =
        pdfs.render(
            title,
            municipalities.name(municipality),
            (doc, body) -> {
              doc.paragraph(t("perspective.map.countsHint"), body);
              doc.heading(StandardStructureTypes.H2, t("perspective.archive.byTheme"), body);
              doc.table(
                  body,
                  header(
                      List.of(t("perspective.map.theme"), t("perspective.archive.channel")),
                      counts),
                  byTheme,
                  0.3f);
              doc.heading(StandardStructureTypes.H2, t("perspective.archive.byChannel"), body);
              doc.table(
                  body, header(List.of(t("perspective.archive.channel")), counts), byChannel, 0.4f);
              doc.heading(StandardStructureTypes.H2, t("perspective.archive.byKind"), body);
              doc.table(body, header(List.of(t("perspective.archive.kind")), counts), byKind, 0.4f);
            });
    LocalDate newest = all.stream().map(Perspective::date).max(LocalDate::compareTo).orElseThrow();
    return List.of(
        new ArchiveDocument(KIND, title, newest.atStartOfDay(ZONE).toOffsetDateTime(), pdf));
  }

  private static List<String> header(List<String> first, List<String> counts) {
    List<String> header = new ArrayList<>(first);
    header.addAll(counts);
    return header;
  }

  /** The cells, then how many perspectives, minority perspectives and nej-röster. */
  private static List<String> row(List<String> cells, List<Perspective> perspectives) {
    List<String> row = new ArrayList<>(cells);
    row.add(Integer.toString(perspectives.size()));
    row.add(Long.toString(perspectives.stream().filter(Perspective::minority).count()));
    row.add(Long.toString(perspectives.stream().filter(Perspective::dissent).count()));
    return row;
  }
}
