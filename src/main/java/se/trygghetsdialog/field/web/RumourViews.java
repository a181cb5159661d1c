package se.trygghetsdialog.field.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.Rumour;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;

/** View models of the rumour pages. */
public final class RumourViews {

  private RumourViews() {}

  /** The rumour form as typed. */
  public record RumourForm(
      String content,
      String channel,
      String seenDate,
      String seenTime,
      String areaId,
      String clarification,
      String publicSummary,
      String token,
      String version) {
    public RumourForm {
      token = token == null ? "" : token;
      version = version == null ? "" : version;
      content = content == null ? "" : content;
      channel = channel == null ? "" : channel;
      seenDate = seenDate == null ? "" : seenDate;
      seenTime = seenTime == null ? "" : seenTime;
      areaId = areaId == null ? "" : areaId;
      clarification = clarification == null ? "" : clarification;
      publicSummary = publicSummary == null ? "" : publicSummary;
    }

    static RumourForm blank() {
      OffsetDateTime now = OffsetDateTime.now(FieldPolicy.ZONE);
      return new RumourForm(
          "",
          "",
          now.toLocalDate().toString(),
          now.toLocalTime().withSecond(0).withNano(0).format(DateTimeFormatter.ofPattern("HH:mm")),
          "",
          "",
          "",
          UUID.randomUUID().toString(),
          "");
    }

    static RumourForm of(Rumour r) {
      var seen = r.seenAt().atZoneSameInstant(FieldPolicy.ZONE);
      return new RumourForm(
          r.content(),
          r.channel().name(),
          seen.toLocalDate().toString(),
          seen.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
          r.areaId() == null ? "" : r.areaId().toString(),
          r.clarification(),
          r.publicSummary(),
          "",
          Integer.toString(r.version()));
    }

    /** What was typed, to be saved over {@code current} (which changed meanwhile). */
    RumourForm over(Rumour current) {
      return new RumourForm(
          content,
          channel,
          seenDate,
          seenTime,
          areaId,
          clarification,
          publicSummary,
          token,
          Integer.toString(current.version()));
    }
  }

  /**
   * @param current the rumour as someone else saved it while this form was open, shown next to what
   *     was typed; null unless a save was refused as stale
   */
  public record FormPage(
      RumourForm form,
      FormErrors errors,
      @Nullable Rumour rumour,
      @Nullable RumourRow current,
      List<Option> channels,
      List<Option> areas) {}

  public record RumourRow(Rumour rumour, String area) {}

  public record ListPage(List<RumourRow> rumours, int page, int pages) {}
}
