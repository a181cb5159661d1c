package se.trygghetsdialog.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Lysekil demo data for the notice board: adjusted protocols, a kungörelse of the next meeting of
 * fullmäktige, a tillkännagivande, and one protocol already in the archive, dated around the day
 * the demo is loaded. Does nothing if Lysekil already has notices.
 */
@DemoData
@Order(460)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(NoticeDemoData.class);
  private static final String KEPT = "Kommunledningskontoret, Stadshuset i Lysekil";

  private final Municipalities municipalities;
  private final NoticeRepository notices;

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Tenant lysekil = municipalities.byCode("1484").orElse(null);
    if (lysekil == null || notices.count(lysekil.id()) > 0) {
      return;
    }
    MunicipalityId m = lysekil.id();
    LocalDate today = NoticePolicy.today();
    log.info("Loading the Lysekil notice board demo data");
    LocalDate ksMeeting = today.minusDays(8);
    protocol(
        m,
        NoticeKind.PROTOCOL_ADJUSTED,
        "Kommunstyrelsen, protokoll från sammanträdet " + ksMeeting,
        "Protokollet från kommunstyrelsens sammanträde är justerat. Beslut i protokollet kan"
            + " överklagas genom laglighetsprövning inom tre veckor från dagen då detta anslag"
            + " sattes upp.",
        ksMeeting,
        ksMeeting.plusDays(5),
        ksMeeting.plusDays(6));
    insert(
        m,
        NoticeKind.PROCLAMATION,
        "Kungörelse: kommunfullmäktige sammanträder",
        "Kommunfullmäktige i Lysekils kommun sammanträder i Stadshusets sessionssal den "
            + today.plusDays(10)
            + " klockan 13.00. Sammanträdet är öppet för allmänheten och sänds på kommunens"
            + " webbplats. Bland ärendena finns medborgarförslag om belysning i Gamlestan.",
        null,
        null,
        today.minusDays(2),
        today.plusDays(11));
    insert(
        m,
        NoticeKind.ANNOUNCEMENT,
        "Tillkännagivande: samråd om trygghetsåtgärder i Brastad",
        "Kommunen bjuder in till samråd om förslag till trygghetsåtgärder kring mötesplatser i"
            + " Brastad. Synpunkter lämnas till kommunen senast fyra veckor från anslagsdagen.",
        null,
        null,
        today.minusDays(1),
        today.plusDays(28));
    LocalDate kfMeeting = today.minusDays(60);
    protocol(
        m,
        NoticeKind.PROTOCOL_ADJUSTED,
        "Kommunfullmäktige, protokoll från sammanträdet " + kfMeeting,
        "Protokollet från kommunfullmäktiges sammanträde är justerat. Tiden för överklagande har"
            + " gått ut.",
        kfMeeting,
        kfMeeting.plusDays(7),
        kfMeeting.plusDays(8));
  }

  /** An adjusted protocol, up for exactly the time for appeal. */
  private void protocol(
      MunicipalityId m,
      NoticeKind kind,
      String title,
      String text,
      @Nullable LocalDate meeting,
      @Nullable LocalDate adjusted,
      LocalDate posted) {
    insert(
        m,
        kind,
        title,
        text,
        meeting,
        adjusted,
        posted,
        NoticePolicy.earliestProtocolRemoval(posted));
  }

  private void insert(
      MunicipalityId m,
      NoticeKind kind,
      String title,
      String text,
      @Nullable LocalDate meeting,
      @Nullable LocalDate adjusted,
      LocalDate posted,
      LocalDate removed) {
    notices.insert(
        new Notice(
            UUID.randomUUID(),
            m,
            kind,
            title,
            text,
            meeting,
            adjusted,
            meeting == null ? "" : KEPT,
            posted,
            removed,
            "",
            Set.of(),
            false,
            null,
            null,
            OffsetDateTime.now(),
            0),
        null);
  }
}
