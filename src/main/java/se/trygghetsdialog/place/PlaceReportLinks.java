package se.trygghetsdialog.place;

import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.SecretTokens;

/**
 * The reporter's private links: the one from the receipt and a fresh one in each "du sa – vi
 * gjorde" mail. Tokens are 32 random bytes (URL-safe base64); only their SHA-256 is stored. Any of
 * them opens the report's status and can end the reporter's mails about it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlaceReportLinks {

  private final PlaceReportRepository reports;

  /** Issues a new mail link token for the report and stores its hash. */
  @Transactional
  String issue(MunicipalityId municipality, PlaceReportId id) {
    String token = SecretTokens.newToken();
    reports.addLinkToken(municipality, id, SecretTokens.hash(token));
    return token;
  }

  /** The report a receipt or mail token stands for. */
  @Transactional(readOnly = true)
  public Optional<PlaceReportId> reportOf(MunicipalityId municipality, String token) {
    if (!SecretTokens.wellFormed(token)) {
      return Optional.empty();
    }
    String hash = SecretTokens.hash(token);
    return reports
        .byPrivateTokenHash(municipality, hash)
        .map(PlaceReport::id)
        .or(() -> reports.byLinkTokenHash(municipality, hash));
  }

  /**
   * Stops all mails about the report to its reporter (the address is erased).
   *
   * @return the report, or empty if the token is unknown
   */
  @Transactional
  public Optional<PlaceReportId> stopMails(MunicipalityId municipality, String token) {
    Optional<PlaceReportId> id = reportOf(municipality, token);
    id.ifPresent(r -> reports.eraseEmail(municipality, r));
    return id;
  }
}
