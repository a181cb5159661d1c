package se.trygghetsdialog.place;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/** Finds places by name, so that a place can be reported without a map. */
@Service
public class Gazetteer {

  public static final int MAX_RESULTS = 10;

  private final GazetteerRepository repository;

  Gazetteer(GazetteerRepository repository) {
    this.repository = repository;
  }

  public List<GazetteerEntry> search(MunicipalityId municipality, String query) {
    String q = query.strip();
    if (q.isEmpty() || q.length() > 100) {
      return List.of();
    }
    return repository.search(municipality, q, MAX_RESULTS);
  }

  /** The localities, for orientation on a map drawn without a background. */
  public List<GazetteerEntry> localities(MunicipalityId municipality) {
    return repository.byKind(municipality, GazetteerKind.LOCALITY, 50);
  }

  public Optional<GazetteerEntry> find(MunicipalityId municipality, UUID id) {
    return repository.find(municipality, id);
  }

  public int size(MunicipalityId municipality) {
    return repository.count(municipality);
  }
}
