package se.trygghetsdialog.tenancy;

import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/** The municipality's profile and logo. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MunicipalityProfiles {

  private final SettingsRepository repository;

  public MunicipalityProfile of(MunicipalityId municipality) {
    return repository
        .profile(municipality)
        .orElseThrow(() -> new NotFoundException("municipality"));
  }

  public Optional<Logo> logo(MunicipalityId municipality) {
    return repository.logo(municipality);
  }
}
