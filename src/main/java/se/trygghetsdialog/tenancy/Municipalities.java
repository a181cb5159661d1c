package se.trygghetsdialog.tenancy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.TenantResolver;

/**
 * Finds the municipality of a request, registers new municipalities and says whether one is in use.
 * What a request resolves to is remembered for a few seconds only, so that a municipality added or
 * deactivated on one node of a cluster is seen by the others soon after.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Municipalities implements TenantResolver {

  /** How long a node trusts what it last read about a host name or a municipality's state. */
  static final Duration REMEMBERED = Duration.ofSeconds(10);

  private record Remembered<T>(T value, long readAt) {
    boolean fresh() {
      return System.nanoTime() - readAt < REMEMBERED.toNanos();
    }
  }

  private final TenancyRepository repository;
  private final Map<String, Remembered<Tenant>> byHost = new ConcurrentHashMap<>();
  private final Map<MunicipalityId, Remembered<Boolean>> activeById = new ConcurrentHashMap<>();

  @Override
  public Tenant resolve(String hostName) {
    String host = hostName.toLowerCase(Locale.ROOT);
    Remembered<Tenant> cached = byHost.get(host);
    if (cached != null && cached.fresh()) {
      return cached.value();
    }
    Tenant tenant =
        repository
            .ofRequestHost(host)
            .orElseThrow(() -> new IllegalStateException("No default municipality is configured"));
    byHost.put(host, new Remembered<>(tenant, System.nanoTime()));
    return tenant;
  }

  @Override
  public List<String> hostNames(MunicipalityId municipality) {
    return repository.overview(municipality).map(MunicipalityOverview::hostNames).orElse(List.of());
  }

  /** Whether the municipality is in use; a deactivated one keeps its data but serves nobody. */
  public boolean isActive(MunicipalityId municipality) {
    Remembered<Boolean> cached = activeById.get(municipality);
    if (cached != null && cached.fresh()) {
      return cached.value();
    }
    boolean active = repository.activeForRequests(municipality);
    activeById.put(municipality, new Remembered<>(active, System.nanoTime()));
    return active;
  }

  public List<Tenant> all() {
    return repository.municipalities();
  }

  /** The municipality's name, e.g. Lysekils kommun; empty if unknown. */
  public String name(MunicipalityId municipality) {
    return repository.overview(municipality).map(o -> o.tenant().name()).orElse("");
  }

  /** Every municipality of the install with its host names and state, by name. */
  public List<MunicipalityOverview> overviews() {
    return repository.overviews();
  }

  public Optional<MunicipalityOverview> overview(MunicipalityId municipality) {
    return repository.overview(municipality);
  }

  /** The municipality that serves host names no other municipality claims. */
  public Optional<Tenant> defaultMunicipality() {
    return repository.byDefault();
  }

  public Optional<Tenant> byCode(String code) {
    return repository.byCode(code);
  }

  /**
   * Holds off every other change to municipalities and their host names until the calling
   * transaction ends, so that checking a host name and claiming it are one step.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockForChange() {
    repository.lockMunicipalities();
  }

  /** Those of the host names (lower case) that a municipality already answers on. */
  public List<String> hostNamesInUse(List<String> hostNames) {
    return repository.hostsInUse(hostNames);
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

  /**
   * Puts the municipality in use or out of use; its data is kept either way.
   *
   * @return false if there is no such municipality
   */
  @Transactional
  public boolean setActive(MunicipalityId municipality, boolean active) {
    boolean changed = repository.setActive(municipality, active);
    activeById.remove(municipality);
    return changed;
  }
}
