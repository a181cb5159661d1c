package se.trygghetsdialog.perspective.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.PerspectiveGroup;
import se.trygghetsdialog.perspective.Contact;
import se.trygghetsdialog.perspective.Perspective;
import se.trygghetsdialog.perspective.PerspectiveMap;
import se.trygghetsdialog.perspective.Theme;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;

/** View models of the perspective pages. */
public final class PerspectiveViews {

  private PerspectiveViews() {}

  /**
   * The dialogue a page is about and whether the viewer is in its team (may edit, sees flagged
   * texts unmasked).
   */
  public record Context(Dialogue dialogue, boolean team) {

    /** The base path of the dialogue's perspective pages. */
    public String base() {
      return "/personal/dialoger/" + dialogue.id().value();
    }
  }

  /** The theme form as typed. */
  public record ThemeForm(String name, String description) {
    public ThemeForm {
      name = name == null ? "" : name;
      description = description == null ? "" : description;
    }

    static ThemeForm of(Theme theme) {
      return new ThemeForm(theme.name(), theme.description());
    }
  }

  /** The themes page, with the form for a new theme or for editing one. */
  public record ThemesPage(
      Context context,
      List<Theme> themes,
      @Nullable Theme editing,
      ThemeForm form,
      FormErrors errors) {}

  /** The contact form as typed. */
  public record ContactForm(
      String channel,
      String date,
      String areaId,
      String people,
      String ageUnder18,
      String age18To29,
      String age30To49,
      String age50To64,
      String age65Plus,
      String women,
      String men,
      String otherGender,
      String token,
      String version) {
    public ContactForm {
      channel = channel == null ? "" : channel;
      date = date == null ? "" : date;
      areaId = areaId == null ? "" : areaId;
      people = people == null ? "" : people;
      ageUnder18 = ageUnder18 == null ? "" : ageUnder18;
      age18To29 = age18To29 == null ? "" : age18To29;
      age30To49 = age30To49 == null ? "" : age30To49;
      age50To64 = age50To64 == null ? "" : age50To64;
      age65Plus = age65Plus == null ? "" : age65Plus;
      women = women == null ? "" : women;
      men = men == null ? "" : men;
      otherGender = otherGender == null ? "" : otherGender;
      token = token == null ? "" : token;
      version = version == null ? "" : version;
    }

    /** The value typed into the named count field. */
    public String count(String field) {
      return switch (field) {
        case "ageUnder18" -> ageUnder18;
        case "age18To29" -> age18To29;
        case "age30To49" -> age30To49;
        case "age50To64" -> age50To64;
        case "age65Plus" -> age65Plus;
        case "women" -> women;
        case "men" -> men;
        case "otherGender" -> otherGender;
        default -> "";
      };
    }

    static ContactForm blank(String today) {
      return new ContactForm(
          "", today, "", "", "", "", "", "", "", "", "", "", UUID.randomUUID().toString(), "");
    }

    static ContactForm of(Contact c) {
      var age = c.byAge();
      var gender = c.byGender();
      return new ContactForm(
          c.channel().name(),
          c.date().toString(),
          c.areaId() == null ? "" : c.areaId().toString(),
          Integer.toString(c.people()),
          n(age.get(se.trygghetsdialog.shared.AgeBand.UNDER_18)),
          n(age.get(se.trygghetsdialog.shared.AgeBand.FROM_18_TO_29)),
          n(age.get(se.trygghetsdialog.shared.AgeBand.FROM_30_TO_49)),
          n(age.get(se.trygghetsdialog.shared.AgeBand.FROM_50_TO_64)),
          n(age.get(se.trygghetsdialog.shared.AgeBand.FROM_65)),
          n(gender.get(se.trygghetsdialog.shared.Gender.WOMAN)),
          n(gender.get(se.trygghetsdialog.shared.Gender.MAN)),
          n(gender.get(se.trygghetsdialog.shared.Gender.OTHER)),
          "",
          Integer.toString(c.version()));
    }

    private static String n(@Nullable Integer count) {
      return count == null || count == 0 ? "" : count.toString();
    }
  }

  /** One count field of the contact form: its name and the message key of its label. */
  public record CountField(String name, String labelKey) {}

  /** The form to log or edit a contact. */
  public record ContactFormPage(
      Context context,
      @Nullable Contact contact,
      ContactForm form,
      FormErrors errors,
      List<Option> channels,
      List<Option> areas,
      List<CountField> ageFields,
      List<CountField> genderFields) {}

  /** A contact in a list, with its area's name and how many perspectives it has. */
  public record ContactRow(Contact contact, String area, int perspectives) {}

  public record ContactsPage(Context context, List<ContactRow> contacts) {}

  /** The perspective form as typed. */
  public record PerspectiveForm(
      String kind,
      String text,
      List<String> themes,
      String minority,
      String dissent,
      String token,
      String version) {
    public PerspectiveForm {
      kind = kind == null ? "" : kind;
      text = text == null ? "" : text;
      themes = themes == null ? List.of() : List.copyOf(themes);
      minority = minority == null ? "" : minority;
      dissent = dissent == null ? "" : dissent;
      token = token == null ? "" : token;
      version = version == null ? "" : version;
    }

    static PerspectiveForm blank() {
      return new PerspectiveForm("", "", List.of(), "", "", UUID.randomUUID().toString(), "");
    }

    static PerspectiveForm of(Perspective p) {
      return new PerspectiveForm(
          p.kind().name(),
          p.text(),
          p.themeIds().stream().map(UUID::toString).toList(),
          p.minority() ? "true" : "",
          p.dissent() ? "true" : "",
          "",
          Integer.toString(p.version()));
    }
  }

  /** A perspective as the page shows it: its text (masked outside the team) and theme names. */
  public record PerspectiveRow(Perspective perspective, String text, List<String> themes) {}

  /** A contact with its perspectives and the form to add one. */
  public record ContactPage(
      Context context,
      Contact contact,
      String area,
      List<PerspectiveRow> perspectives,
      PerspectiveFormPage add) {}

  /**
   * The perspective form: the kinds and the themes to pick from.
   *
   * @param action where the form is posted
   */
  public record PerspectiveFormPage(
      String action,
      PerspectiveForm form,
      FormErrors errors,
      List<Option> kinds,
      List<Option> themes) {}

  /** Editing one perspective. */
  public record PerspectiveEditPage(
      Context context, Perspective perspective, PerspectiveFormPage form) {}

  /**
   * The perspective map with the web input groups and the flagged perspectives.
   *
   * @param flagged minority and dissenting perspectives
   */
  public record MapPage(
      Context context,
      PerspectiveMap map,
      List<PerspectiveGroup> webInput,
      List<PerspectiveRow> flagged) {}

  /**
   * The perspectives a map cell stands for.
   *
   * @param filter what was picked, in words
   */
  public record ListPage(Context context, String filter, List<PerspectiveRow> perspectives) {}
}
