package dk.workbench.sandbox.population;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A deterministic synthetic population: the same seed always gives the same people, byte for
 * byte once serialised. At least {@value #MINIMUM_SIZE} persons in households (singles,
 * couples, families, separated parents, widows with their deceased spouse, adult children
 * with their parents), every one flagged {@code testdata}, plus the {@link Archetype
 * archetypes} testers need.
 *
 * <p>Ages and dates are relative to {@link #REFERENCE_DATE}, not to the clock, so that the
 * people do not change from one day to the next. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Population population = Population.generate(Population.DEFAULT_SEED);
 * Optional<Person> person = population.find(cpr);
 * }</pre>
 */
public final class Population {
  /** The seed of the demo population. */
  public static final long DEFAULT_SEED = 2026L;

  /** The day the population is drawn on: ages, "years ago" and every date are relative to it. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

  /** The population has at least this many persons (the last household may take it a little over). */
  public static final int MINIMUM_SIZE = 10_000;

  /** Folkepension age used to pick the pensioner archetypes. */
  public static final int PENSION_AGE = 67;

  /** One archetype listing; the description is worded for a given day (ages change). */
  record ArchetypeMember(String cpr, Archetype archetype, Function<LocalDate, String> description) {}

  private final long seed;
  private final List<Person> persons;
  private final Map<String, Person> byCpr;
  private final List<ArchetypeMember> archetypeMembers;
  private final List<ArchetypeEntry> referenceArchetypes;

  private Population(long seed, List<Person> persons, List<ArchetypeMember> archetypeMembers) {
    this.seed = seed;
    this.persons = List.copyOf(persons);
    Map<String, Person> index = new HashMap<>(persons.size() * 2);
    for (Person p : persons) {
      if (index.put(p.personnummer(), p) != null) {
        throw new IllegalStateException("duplicate CPR number in the synthetic population");
      }
    }
    this.byCpr = index;
    List<ArchetypeMember> grouped = new ArrayList<>(archetypeMembers);
    grouped.sort(Comparator.comparing(ArchetypeMember::archetype)); // stable: by archetype, then as drawn
    this.archetypeMembers = List.copyOf(grouped);
    this.referenceArchetypes = entriesAsOf(REFERENCE_DATE);
  }

  /** Draws the population for a seed. Takes well under a second for the default size. */
  public static Population generate(long seed) {
    PopulationGenerator.Result result = new PopulationGenerator(seed, REFERENCE_DATE, MINIMUM_SIZE).run();
    return new Population(seed, result.persons(), result.archetypes());
  }

  public long seed() {
    return seed;
  }

  /** {@link #REFERENCE_DATE}. */
  public LocalDate referenceDate() {
    return REFERENCE_DATE;
  }

  public int size() {
    return persons.size();
  }

  /** Everyone, in generation order (members of one household together); unmodifiable. */
  public List<Person> persons() {
    return persons;
  }

  public Optional<Person> find(CprNumber cpr) {
    Objects.requireNonNull(cpr, "cpr == null");
    return Optional.ofNullable(byCpr.get(cpr.value()));
  }

  /** Looks a person up by the ten digits (no dash), as in {@link Person#personnummer()}. */
  public Optional<Person> find(String tenDigits) {
    Objects.requireNonNull(tenDigits, "tenDigits == null");
    return Optional.ofNullable(byCpr.get(tenDigits));
  }

  /**
   * The archetype listing with ages as of {@link #REFERENCE_DATE}: at least one entry per
   * {@link Archetype}, grouped in the enum's order.
   */
  public List<ArchetypeEntry> archetypes() {
    return referenceArchetypes;
  }

  /**
   * The archetype listing with the descriptions' ages as of the given day (what the HTTP
   * endpoint serves, so that "78 år" matches the age a client computes today). The persons
   * and archetypes are the same as in {@link #archetypes()}.
   */
  public List<ArchetypeEntry> archetypes(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf == null");
    return asOf.equals(REFERENCE_DATE) ? referenceArchetypes : entriesAsOf(asOf);
  }

  private List<ArchetypeEntry> entriesAsOf(LocalDate asOf) {
    return archetypeMembers.stream()
        .map(m -> new ArchetypeEntry(m.cpr(), m.archetype().id(), m.description().apply(asOf)))
        .toList();
  }

  /** Equal when the seed, the persons and the archetype listing are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Population other
        && other.seed == seed
        && other.persons.equals(persons)
        && other.referenceArchetypes.equals(referenceArchetypes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, persons.size(), referenceArchetypes);
  }

  /** No personal data. */
  @Override
  public String toString() {
    return "Population[seed=" + seed + ", size=" + persons.size() + "]";
  }
}
