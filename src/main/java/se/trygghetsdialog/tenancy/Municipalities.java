package se.trygghetsdialog.tenancy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.TenantResolver;

/** Finds the municipality of a request and registers new municipalities. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Municipalities implements TenantResolver {

  private final TenancyRepository repository;
  private final Map<String, Tenant> byHost = new ConcurrentHashMap<>();

  @Override
  public Tenant resolve(String hostName) {
    String host = hostName.toLowerCase(Locale.ROOT);
    Tenant cached = byHost.get(host);
    if (cached != null) {
      return cached;
    }
    Tenant tenant =
        repository
            .byHost(host)
            .or(repository::byDefault)
            .orElseThrow(() -> new IllegalStateException("No default municipality is configured"));
    byHost.put(host, tenant);
    return tenant;
  }

  public List<Tenant> all() {
    return repository.municipalities();
  }

  /** The municipality's name, e.g. Lysekils kommun; empty if unknown. */
  public String name(MunicipalityId municipality) {
    return all().stream()
        .filter(t -> t.id().equals(municipality))
        .map(Tenant::name)
        .findFirst()
        .orElse("");
  }

  /** The municipality that serves host names no other municipality claims. */
  public Optional<Tenant> defaultMunicipality() {
    return repository.byDefault();
  }

  public Optional<Tenant> byCode(String code) {
    return repository.byCode(code);
  }

  /**
   * Registers a municipality with the default participation ladder.
   *
   * @param hosts the host names that serve this municipality
   * @param isDefault whether it serves every host name that no other municipality claims
   */
  @Transactional
  public Tenant register(String code, String name, List<String> hosts, boolean isDefault) {
    Tenant tenant = new Tenant(new MunicipalityId(UUID.randomUUID()), code, name);
    repository.insertMunicipality(tenant, hosts, isDefault);
    for (ParticipationLevel level : DefaultLadder.levels()) {
      repository.insertLevel(tenant.id(), level);
    }
    byHost.clear();
    return tenant;
  }

  /** Forgets the cached host names, after a municipality was renamed or registered. */
  void forgetHosts() {
    byHost.clear();
  }
}
