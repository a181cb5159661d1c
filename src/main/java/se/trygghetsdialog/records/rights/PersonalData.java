package se.trygghetsdialog.records.rights;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.ServerSecret;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.shared.pdf.TaggedPdf;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every module keeps tied to an e-mail address, for the resident behind the address and for
 * staff handling a registerutdrag: find, export as JSON, erase.
 *
 * <p>The resident proves the address by a link mailed to it: the link carries the municipality, the
 * address and an expiry time sealed (encrypted and authenticated) with the installation's secret,
 * so nothing is stored and the link stops working after {@link #LINK_VALIDITY}. The mail goes out
 * whether or not anything is tied to the address, so the answer never tells. Exports and erasures
 * are audited without the address.
 */
@Service
public class PersonalData {

  /** How long a mailed link works. */
  public static final Duration LINK_VALIDITY = Duration.ofHours(24);

  static final String PURPOSE = "personal-data-link";

  /** Where the mailed links lead; the token follows. */
  static final String LINK_PATH = "/mina-uppgifter/visa/";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<PersonalDataHolder> holders;
  private final ServerSecret secret;
  private final MailOutbox outbox;
  private final MailLinks links;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final Path fontDirectory;

  PersonalData(
      List<PersonalDataHolder> holders,
      ServerSecret secret,
      MailOutbox outbox,
      MailLinks links,
      MessageSource messages,
      ApplicationEventPublisher events,
      @Value("${app.measure.pdf-font-dir:/usr/share/fonts/truetype/dejavu}") String fontDirectory) {
    this.holders = List.copyOf(holders);
    this.secret = secret;
    this.outbox = outbox;
    this.links = links;
    this.messages = messages;
    this.events = events;
    this.fontDirectory = Path.of(fontDirectory);
  }

  static String normalise(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** The sealed link token for the address, valid until {@code until}. */
  String token(MunicipalityId municipality, String email, Instant until) {
    return secret.seal(
        PURPOSE, municipality.value() + "\n" + until.getEpochSecond() + "\n" + normalise(email));
  }

  /**
   * Mails the address a link to what is tied to it, whether anything is or not.
   *
   * @return the link's path (for tests; never shown to the person asking)
   */
  public String sendLink(MunicipalityId municipality, String email, Locale locale, Instant now) {
    String path = LINK_PATH + token(municipality, email, now.plus(LINK_VALIDITY));
    Object[] args = {links.to(municipality, path), LINK_VALIDITY.toHours()};
    outbox.queue(
        municipality,
        normalise(email),
        messages.getMessage("rights.mail.subject", null, locale),
        messages.getMessage("rights.mail.body", args, locale));
    return path;
  }

  /** The address a link token was made for, if it is this municipality's and not expired. */
  public Optional<String> addressOf(
      MunicipalityId municipality, @Nullable String token, Instant now) {
    return secret
        .unseal(PURPOSE, token)
        .map(value -> value.split("\n", 3))
        .filter(parts -> parts.length == 3)
        .filter(parts -> parts[0].equals(municipality.value().toString()))
        .filter(parts -> expiry(parts[1]).isAfter(now))
        .map(parts -> parts[2]);
  }

  private static Instant expiry(String seconds) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(seconds));
    } catch (NumberFormatException e) {
      return Instant.EPOCH;
    }
  }

  /** Everything tied to the address, per module, oldest first. */
  @Transactional(readOnly = true)
  public List<PersonalDataItem> find(MunicipalityId municipality, String email) {
    List<PersonalDataItem> items = new ArrayList<>();
    for (PersonalDataHolder holder : holders) {
      items.addAll(holder.find(municipality, normalise(email)));
    }
    items.sort(Comparator.comparing(PersonalDataItem::module).thenComparing(PersonalDataItem::at));
    return items;
  }

  /**
   * Everything tied to the address as JSON, audited (by the resident when {@code actor} is null,
   * else as a registerutdrag by staff).
   */
  @Transactional
  public byte[] exportJson(
      MunicipalityId municipality, String email, @Nullable UUID actor, OffsetDateTime now) {
    List<PersonalDataItem> items = find(municipality, email);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("emailAddress", normalise(email));
    document.put("exportedAt", now.toString());
    List<Map<String, Object>> list = new ArrayList<>();
    for (PersonalDataItem item : items) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("module", item.module());
      entry.put("id", item.id().toString());
      entry.put("at", item.at().toString());
      entry.put("data", item.data());
      list.add(entry);
    }
    document.put("items", list);
    audited(municipality, items.size(), "json", actor, now);
    return JSON.writerWithDefaultPrettyPrinter()
        .writeValueAsString(document)
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Everything tied to the address as a tagged PDF with embedded fonts (the registerutdrag in
   * Swedish), audited as a register extract by {@code actor}.
   */
  @Transactional
  public byte[] exportPdf(
      MunicipalityId municipality,
      String email,
      String municipalityName,
      UUID actor,
      OffsetDateTime now) {
    List<PersonalDataItem> items = find(municipality, email);
    Locale swedish = Locale.forLanguageTag("sv");
    String title = messages.getMessage("rights.extract.pdf.title", null, swedish);
    byte[] pdf =
        TaggedPdf.render(
            fontDirectory,
            title,
            municipalityName,
            title,
            doc -> {
              var body = doc.body();
              doc.heading(StandardStructureTypes.H1, title, body);
              doc.paragraph(
                  messages.getMessage(
                      "rights.extract.pdf.intro",
                      new Object[] {normalise(email), now.toLocalDate().toString(), items.size()},
                      swedish),
                  body);
              for (PersonalDataItem item : items) {
                doc.heading(
                    StandardStructureTypes.H2,
                    messages.getMessage(item.descriptionKey(), new Object[] {item.title()}, swedish)
                        + " ("
                        + item.at().toLocalDate()
                        + ")",
                    body);
                List<List<String>> rows = new ArrayList<>();
                item.data().forEach((key, value) -> rows.add(List.of(key, value)));
                doc.table(body, null, rows, 0.3f);
              }
            });
    audited(municipality, items.size(), "pdf", actor, now);
    return pdf;
  }

  /** Records that what is tied to an address was shown to staff or the resident. */
  @Transactional
  public void audited(
      MunicipalityId municipality,
      int items,
      String format,
      @Nullable UUID actor,
      OffsetDateTime now) {
    events.publishEvent(
        new PersonalDataExported(municipality, UUID.randomUUID(), items, format, now, actor));
  }

  /**
   * Erases or anonymises everything tied to the address in every module, in one transaction.
   *
   * @return how many items were erased
   */
  @Transactional
  public int erase(MunicipalityId municipality, String email, OffsetDateTime now) {
    int erased = 0;
    for (PersonalDataHolder holder : holders) {
      erased += holder.erase(municipality, normalise(email));
    }
    events.publishEvent(new PersonalDataErased(municipality, UUID.randomUUID(), erased, now));
    return erased;
  }
}
