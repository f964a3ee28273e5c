package dk.workbench.service.overview;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CachedSection;
import dk.workbench.cache.SectionCache;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cases.CaseSummary;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.interactions.Interaction;
import dk.workbench.domain.PersonSummary;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The overview's sections in the encrypted local cache: each section's data as JSON, read back
 * as the type its source produces. A section that cannot be written or read is simply not
 * cached (logged by section name only).
 */
public final class CachedSections implements SectionStore {
  private static final Logger log = LoggerFactory.getLogger(CachedSections.class);

  /** The person section is stored with the CPR number it is about (the summary has none), for {@link #citizens}. */
  private record PersonRow(String cpr, PersonSummary person) {}

  private final SectionCache cache;
  private final ObjectMapper mapper = ContractsJson.newMapper().registerModule(new Jdk8Module());
  private final Map<Section, JavaType> types = new EnumMap<>(Section.class);

  /** On the open cache database (its owner closes it). */
  public CachedSections(CacheDatabase db) {
    this.cache = db.sections();
    TypeFactory t = mapper.getTypeFactory();
    types.put(Section.PERSON, t.constructType(PersonRow.class));
    types.put(Section.POWERS_OF_ATTORNEY, t.constructType(OverviewData.Powers.class));
    types.put(Section.CASES, t.constructCollectionType(List.class, CaseSummary.class));
    types.put(Section.BENEFITS, t.constructType(OverviewData.Benefits.class));
    types.put(Section.PAYMENTS, t.constructType(OverviewData.Payments.class));
    types.put(Section.DIGITAL_POST, t.constructType(OverviewData.Post.class));
    types.put(Section.DEADLINES, t.constructCollectionType(List.class, OverviewData.DeadlineItem.class));
    types.put(Section.INTERACTIONS, t.constructCollectionType(List.class, Interaction.class));
  }

  @Override
  public void save(CprNumber cpr, Section section, Object data, Instant fetchedAt) {
    try {
      Object row = data instanceof PersonSummary person ? new PersonRow(cpr.value(), person) : data;
      cache.put(cpr, section.name(), mapper.writeValueAsBytes(row), fetchedAt);
    } catch (IOException | RuntimeException e) {
      log.warn("Section {} could not be cached ({})", section, e.getClass().getSimpleName());
    }
  }

  @Override
  public void forget(CprNumber cpr) {
    try {
      cache.forget(cpr);
    } catch (RuntimeException e) {
      log.warn("A citizen could not be removed from the cache ({})", e.getClass().getSimpleName());
    }
  }

  @Override
  public List<Citizen> citizens(int limit) {
    List<Citizen> out = new ArrayList<>();
    try {
      for (CachedSection cached : cache.latest(Section.PERSON.name(), limit)) {
        PersonRow row = mapper.readValue(cached.payload(), PersonRow.class);
        out.add(new Citizen(CprNumber.parse(row.cpr()), row.person().fullName(), cached.fetchedAt()));
      }
    } catch (IOException | InvalidCprNumberException | RuntimeException e) {
      log.warn("The cached citizens could not be listed ({})", e.getClass().getSimpleName());
    }
    return out;
  }

  @Override
  public Optional<Stored> load(CprNumber cpr, Section section) {
    try {
      Optional<CachedSection> cached = cache.get(cpr, section.name());
      if (cached.isEmpty()) {
        return Optional.empty();
      }
      Object data = mapper.readValue(cached.get().payload(), types.get(section));
      if (data instanceof PersonRow row) {
        data = row.person();
      }
      return Optional.of(new Stored(data, cached.get().fetchedAt()));
    } catch (IOException | RuntimeException e) {
      log.warn("Cached section {} could not be read ({})", section, e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
