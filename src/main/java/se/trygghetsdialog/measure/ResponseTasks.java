package se.trygghetsdialog.measure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/** Reads response tasks for the staff dashboard. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResponseTasks {

  private final ResponseTaskRepository tasks;

  /** Open tasks by deadline first, then answered ones. */
  public List<ResponseTask> all(MunicipalityId municipality) {
    return tasks.tasks(municipality);
  }

  public Optional<ResponseTask> find(MunicipalityId municipality, UUID id) {
    return tasks.task(municipality, id);
  }
}
