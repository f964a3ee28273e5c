package dk.workbench.sandbox.accesslog;

import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.AccessLogPage;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.contracts.fuldmagt.PartyType;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.contracts.fuldmagt.PowerOrigin;
import dk.workbench.contracts.fuldmagt.PowerStatus;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.sandbox.fuldmagt.PowersOfAttorney;
import dk.workbench.sandbox.population.Archetype;
import dk.workbench.sandbox.population.Population;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every citizen's access log: the generated history ({@link CitizenLog}, lazily computed, the
 * heavy-history archetype with {@value #HEAVY_SIZE} entries) and, in front of it, the entries
 * recorded through the API (newest first, at most {@value #RECORDED_PER_CITIZEN} per citizen).
 *
 * <p>The generated history ends at the start of the clock's day (Danish time), or at death or
 * shortly after emigration; ordinary citizens have 10–40 (children), 40–160 (adults) or 80–300
 * (pensioners) entries spread over up to five years. Thread-safe.
 */
public final class AccessLogs {
  /** Entries of the heavy-history archetype. */
  public static final int HEAVY_SIZE = 1_000_000;
  /** Seconds between two entries of the heavy history (about 9.5 years in all). */
  static final long HEAVY_STEP = 300;
  static final int RECORDED_PER_CITIZEN = 10_000;
  private static final int CACHED_LOGS = 256;
  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  private static final long YEAR = 365L * 24 * 3600;
  private static final Comparator<AccessLogEntry> NEWEST_FIRST =
      Comparator.comparing(AccessLogEntry::timestamp).reversed();

  private final Population population;
  private final PowersOfAttorney powers;
  private final Clock clock;
  private final Set<String> heavy;
  private final Map<String, List<AccessLogEntry>> recorded = new ConcurrentHashMap<>();
  private final Map<String, CitizenLog> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, CitizenLog> eldest) {
      return size() > CACHED_LOGS;
    }
  };

  public AccessLogs(Population population, PowersOfAttorney powers, Clock clock) {
    this.population = population;
    this.powers = powers;
    this.clock = clock;
    this.heavy = population.archetypes().stream()
        .filter(a -> a.archetype().equals(Archetype.HEAVY_HISTORY.id()))
        .map(ArchetypeEntry::cpr)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** One page, newest first (recorded entries before generated ones); empty if the person is unknown. */
  public Optional<AccessLogPage> page(String cpr, AccessLogFilter filter, int page, int size) {
    return population.find(cpr).map(person -> {
      List<AccessLogEntry> mine = recorded(cpr).stream().filter(filter::matches).toList();
      long offset = (long) page * size;
      List<AccessLogEntry> entries = new ArrayList<>(size);
      for (long i = offset; i < mine.size() && entries.size() < size; i++) {
        entries.add(mine.get((int) i));
      }
      CitizenLog.Slice rest = log(person).slice(filter, Math.max(0, offset - mine.size()),
          size - entries.size());
      entries.addAll(rest.entries());
      long total = mine.size() + rest.total();
      return new AccessLogPage(entries, page, size, total, (total + size - 1) / size);
    });
  }

  /** Stores an entry in front of the citizen's log. */
  void record(String cpr, AccessLogEntry entry) {
    List<AccessLogEntry> list = recorded.computeIfAbsent(cpr, k -> new ArrayList<>());
    synchronized (list) {
      list.add(entry);
      list.sort(NEWEST_FIRST);
      if (list.size() > RECORDED_PER_CITIZEN) {
        list.remove(list.size() - 1);
      }
    }
  }

  private List<AccessLogEntry> recorded(String cpr) {
    List<AccessLogEntry> list = recorded.get(cpr);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return List.copyOf(list);
    }
  }

  /** The person's generated history, kept for the day (a big log keeps its block counts). */
  private CitizenLog log(Person person) {
    String key = person.personnummer() + "@" + LocalDate.now(clock);
    synchronized (cache) {
      return cache.computeIfAbsent(key, k -> generated(person));
    }
  }

  /** The person's generated history as of the clock's day. */
  CitizenLog generated(Person person) {
    String cpr = person.personnummer();
    long seedHash = population.seed() * 31 + cpr.hashCode();
    SplittableRandom rng = new SplittableRandom(seedHash);
    LocalDate today = LocalDate.now(clock);
    long newest = startOf(today);
    Persondata data = person.persondata();
    LocalDate end = today;
    if (Persondata.Status.DOED.equals(data.status().status()) && data.status().statusdato() != null) {
      end = data.status().statusdato().plusDays(1);
    } else if (person.adresse() != null && person.adresse().udrejseoplysninger() != null) {
      end = person.adresse().udrejseoplysninger().udrejsedato().plusDays(30);
    }
    if (end.isBefore(today)) {
      newest = startOf(end);
    }
    LocalDate lastDay = end;
    int age = Period.between(data.foedselsdato(), lastDay).getYears();
    int size;
    long step;
    if (heavy.contains(cpr)) {
      size = HEAVY_SIZE;
      step = HEAVY_STEP;
    } else {
      size = age < 18 ? 10 + rng.nextInt(31) : age < 67 ? 40 + rng.nextInt(121) : 80 + rng.nextInt(221);
      long lived = newest - startOf(data.foedselsdato());
      long span = Math.max(24 * 3600, Math.min(5 * YEAR, lived));
      step = Math.max(1, span / size);
    }
    CitizenLog.Representation representation = representation(cpr);
    boolean parentOfMinor = person.relationer().barn().stream()
        .map(b -> population.find(b.personnummer()))
        .flatMap(Optional::stream)
        .anyMatch(c -> Period.between(c.persondata().foedselsdato(), lastDay).getYears() < 18);
    var kinds = AccessProfiles.forPerson(person, lastDay, parentOfMinor, representation != null);
    return new CitizenLog(CitizenLog.mix(seedHash), size, newest, step, kinds, representation);
  }

  /** The first person holding a (non-custody) power of attorney from the citizen, and when it applied. */
  private CitizenLog.Representation representation(String cpr) {
    for (PowerOfAttorney p : powers.grantedBy(cpr)) {
      if (p.grantee().type() == PartyType.PERSON && p.status() != PowerStatus.REQUESTED
          && p.origin() != PowerOrigin.PARENTAL_CUSTODY) {
        long from = startOf(p.validFrom());
        long to = p.revokedOn() != null ? startOf(p.revokedOn())
            : p.validTo() != null ? startOf(p.validTo().plusDays(1)) : Long.MAX_VALUE;
        return new CitizenLog.Representation(p.grantee().cpr(), p.id(), from, to);
      }
    }
    return null;
  }

  /** The epoch second a day starts, Danish time (also how the period filter's days are read). */
  static long startOf(LocalDate day) {
    return day.atStartOfDay(DANISH_TIME).toEpochSecond();
  }
}
