package se.trygghetsdialog.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * What the municipality's organisations and areas have in common: each has a name unique in the
 * municipality, is archived rather than deleted while something points to it (an archived one is no
 * longer offered for anything new), and is deleted only when nothing does. Only this package
 * declares registers; others read and change their rows through these methods.
 *
 * @param <T> the row
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public abstract class ArchivableRegister<T extends ArchivableRegister.Row> {

  /** What every row of a register has: its id and its name, unique in the municipality. */
  public interface Row {
    UUID id();

    String name();
  }

  /** What one module declares to point to a thing of the register. */
  interface Pointing {
    List<TenancyReferences.Reference> in(
        TenancyReferences module, MunicipalityId municipality, UUID id);
  }

  final TenancyRepository repository;
  private final TenancyRepository.Table<T> table;
  private final List<TenancyReferences> references;

  /** The message key of the refusal of a name another one has. */
  private final String nameTakenKey;

  /** The same thing, archived or taken back. */
  private final BiFunction<T, Boolean, T> withArchived;

  /** Stores a changed thing. */
  private final Consumer<T> update;

  private final Pointing pointing;

  /** What in this module points to the thing; nothing unless a register says otherwise. */
  List<TenancyReferences.Reference> pointingWithin(MunicipalityId municipality, UUID id) {
    return List.of();
  }

  /** The ones not archived, by name: those offered for anything new. */
  public List<T> all(MunicipalityId municipality) {
    return repository.rows(table, municipality, false);
  }

  /** One, archived or not. */
  public Optional<T> find(MunicipalityId municipality, UUID id) {
    return repository.find(table, municipality, id);
  }

  /** A page of every one, archived ones last. */
  @Transactional(readOnly = true)
  public List<T> page(MunicipalityId municipality, int limit, int offset) {
    return repository.page(table, municipality, limit, offset);
  }

  @Transactional(readOnly = true)
  public int count(MunicipalityId municipality) {
    return repository.count(table, municipality);
  }

  /** Whether another one of the municipality has the name (case and outer spaces ignored). */
  public boolean nameTaken(MunicipalityId municipality, String name, @Nullable UUID except) {
    return repository.nameTaken(table, municipality, name.strip(), except);
  }

  /**
   * Refuses a name another one of the municipality has.
   *
   * @throws TenancyRuleViolation on {@code name} when another one has the name
   */
  void checkName(MunicipalityId municipality, String name, @Nullable UUID except) {
    if (nameTaken(municipality, name, except)) {
      throw new TenancyRuleViolation("name", nameTakenKey, name);
    }
  }

  /**
   * Changes one, keeping whether it is archived; false when unknown.
   *
   * @param name its new name
   * @param changed the changed thing, made from the stored one
   * @throws TenancyRuleViolation on {@code name} when another one has the name
   */
  boolean change(MunicipalityId municipality, UUID id, String name, UnaryOperator<T> changed) {
    Optional<T> found = find(municipality, id);
    if (found.isEmpty()) {
      return false;
    }
    checkName(municipality, name, id);
    update.accept(changed.apply(found.get()));
    return true;
  }

  /** Archives one (or takes it back); false when unknown. */
  @Transactional
  public boolean archive(MunicipalityId municipality, UUID id, boolean archived) {
    Optional<T> found = find(municipality, id);
    found.ifPresent(thing -> update.accept(withArchived.apply(thing, archived)));
    return found.isPresent();
  }

  /** What points to it: in this module first, then in the others. */
  @Transactional(readOnly = true)
  public List<TenancyReferences.Reference> references(MunicipalityId municipality, UUID id) {
    List<TenancyReferences.Reference> found = new ArrayList<>(pointingWithin(municipality, id));
    references.forEach(module -> found.addAll(pointing.in(module, municipality, id)));
    return found;
  }

  /**
   * Deletes one that nothing points to.
   *
   * @return what points to it, when that refused the deletion (nothing was deleted); empty when it
   *     was deleted or unknown
   */
  @Transactional
  public List<TenancyReferences.Reference> delete(MunicipalityId municipality, UUID id) {
    List<TenancyReferences.Reference> pointing = references(municipality, id);
    if (pointing.isEmpty()) {
      repository.delete(table, municipality, id);
    }
    return pointing;
  }
}
