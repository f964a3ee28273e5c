package dk.workbench.service.overview;

import dk.workbench.contracts.cpr.CprNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the overview keeps the last answer of each section, to show when its back-end fails
 * (the encrypted local cache). Implementations must not throw: a broken store is an empty one.
 */
public interface SectionStore {
  /** A stored section: its data and when it was fetched. */
  record Stored(Object data, java.time.Instant fetchedAt) {}

  /** A citizen whose overview is stored, for the recent list when the app starts (also offline). */
  record Citizen(CprNumber cpr, String name, Instant fetchedAt) {}

  /** Keeps nothing. */
  SectionStore NONE = new SectionStore() {
    @Override
    public void save(CprNumber cpr, Section section, Object data, Instant fetchedAt) {}

    @Override
    public Optional<Stored> load(CprNumber cpr, Section section) {
      return Optional.empty();
    }

    @Override
    public void forget(CprNumber cpr) {}

    @Override
    public List<Citizen> citizens(int limit) {
      return List.of();
    }
  };

  void save(CprNumber cpr, Section section, Object data, Instant fetchedAt);

  Optional<Stored> load(CprNumber cpr, Section section);

  /** Deletes everything kept about the citizen ("Glem borger"). */
  void forget(CprNumber cpr);

  /** The citizens stored, most recently fetched first (at most {@code limit}). */
  List<Citizen> citizens(int limit);
}
