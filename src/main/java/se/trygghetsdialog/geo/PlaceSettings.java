package se.trygghetsdialog.geo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.db.PrimaryWrites;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The map settings of a municipality, created on first use: Lysekil (1484) gets its own bounding
 * box, any other municipality Sweden's until an administrator narrows it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlaceSettings {

  static final MapSettings LYSEKIL = new MapSettings(58.15, 58.45, 11.20, 11.65, "", "");

  static final MapSettings SWEDEN = new MapSettings(55.0, 69.1, 10.5, 24.2, "", "");

  private final PlaceSettingsRepository repository;
  private final Municipalities municipalities;
  private final PlatformTransactionManager transactions;

  public MapSettings of(MunicipalityId municipality) {
    return repository
        .find(municipality)
        .orElseGet(
            () -> {
              String code =
                  municipalities.all().stream()
                      .filter(t -> t.id().equals(municipality))
                      .map(Tenant::code)
                      .findFirst()
                      .orElse("");
              // In a transaction of its own on the primary: the caller may read the replica.
              return PrimaryWrites.inOwnTransaction(
                  transactions,
                  () -> {
                    repository.insertIfMissing(
                        municipality, "1484".equals(code) ? LYSEKIL : SWEDEN);
                    return repository.find(municipality).orElseThrow();
                  });
            });
  }
}
