package dk.workbench.sandbox.decisions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.contracts.cpr.Relationer;
import dk.workbench.contracts.decisions.DecisionResult;
import dk.workbench.contracts.decisions.FactSource;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.rules.Explanation;
import dk.workbench.rules.Facts;
import dk.workbench.rules.FactsException;
import dk.workbench.rules.FolkepensionFacts;
import dk.workbench.rules.Period;
import dk.workbench.rules.RulesEngine;
import dk.workbench.rules.parameters.ParameterDefinition;
import dk.workbench.rules.parameters.ParameterTable;
import dk.workbench.rules.parameters.ParameterValue;
import dk.workbench.rules.parameters.Regulation;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.decisions.DecisionRecord.Kind;
import dk.workbench.sandbox.decisions.DecisionRecord.Wrong;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Payment Denmark's decisions on folkepension, børne- og ungeydelse and boligstøtte for the
 * sandbox population, computed with the rules engine from facts derived from each person's CPR
 * data and {@link Profile}. Lazy: a person's decisions are computed when first asked for and kept
 * in a small bounded cache. Deterministic: the same seed and day give the same decisions.
 *
 * <p>About 2 % of the decisions are deliberately wrong ({@link Kind}): the back-end's explanation
 * was computed with last year's rates, a stale income or the wrong civil status, while the facts
 * served with the decision are the registered ones — so recomputing from the facts with the
 * correct rates gives another result. Which decisions are wrong is a cheap rule on the decision
 * id; {@link #wrongDecisions()} lists them for {@code /sandbox/v1/archetypes}.
 *
 * <p>Periods: folkepension for the latest year the rate table covers and the year before;
 * børne- og ungeydelse per quarter and boligstøtte for the latest year only (the rate table has
 * no complete earlier year for them). Only decisions made on or before today are served.
 */
public final class DecisionBook {
  /** Authority prefix of the benefit case numbers and decision ids. */
  static final String UDK = "UDK";
  /** One decision id in this many is tried as a wrong one (and kept if the error changes the result). */
  static final int WRONG_ONE_IN = 50;
  private static final int CACHE_SIZE = 512;
  /** Percent of single pensioners with boligstøtte (others: 35 % of single parents, 12 % under 30, 3 %). */
  private static final int HOUSING_PENSIONER_CHANCE = 45;
  private static final BigDecimal FULL = Profile.FULL_RESIDENCE;

  private final SandboxContext context;
  private final ObjectMapper mapper;
  private final long seed;
  private final Ids ids;
  private final RulesEngine engine = RulesEngine.standard();
  private final Map<String, Integer> indexByCpr;
  private final Map<String, PersonBook> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PersonBook> eldest) {
      return size() > CACHE_SIZE;
    }
  };
  private final Map<String, RulesEngine> outdatedEngines = new ConcurrentHashMap<>();
  private final Map<String, LocalDate> pensionStarts = new ConcurrentHashMap<>();
  private volatile Listing listing;

  /** A person's decisions and benefit cases, as of one day. */
  record PersonBook(List<DecisionRecord> decisions, List<BenefitCase> cases) {}

  private record Listing(LocalDate day, List<ArchetypeEntry> entries) {}

  /**
   * The case at Payment Denmark a benefit's decisions are made on.
   *
   * @param opened the day the case arose (the application)
   * @param decisions its decisions, oldest first
   */
  public record BenefitCase(BenefitType benefit, String caseNumber, LocalDate opened, List<DecisionRecord> decisions) {}

  private record Built(String json, List<FactSource> sources) {}

  private record Civil(boolean couple, Person spouse, String code, LocalDate since) {}

  private record Kid(Person child, boolean shared, LocalDate custodySince) {}

  public DecisionBook(SandboxContext context) {
    this.context = Objects.requireNonNull(context, "context");
    this.mapper = context.mapper();
    this.seed = context.population().seed();
    this.ids = new Ids(seed);
    List<Person> persons = context.population().persons();
    Map<String, Integer> index = new HashMap<>(persons.size() * 2);
    for (int i = 0; i < persons.size(); i++) {
      index.put(persons.get(i).personnummer(), i);
    }
    this.indexByCpr = index;
  }

  /** The id scheme shared with the cases API. */
  public Ids ids() {
    return ids;
  }

  /** The person's position in the population (for {@link Ids}). */
  public int indexOf(Person person) {
    return indexByCpr.get(person.personnummer());
  }

  /** The person at a position, if any. */
  public Optional<Person> personAt(OptionalInt index) {
    List<Person> persons = context.population().persons();
    return index.isPresent() && index.getAsInt() < persons.size() ? Optional.of(persons.get(index.getAsInt()))
        : Optional.empty();
  }

  /** The person's decisions made on or before today, newest first. */
  public List<DecisionRecord> decisions(Person person) {
    List<DecisionRecord> all = new ArrayList<>(book(person).decisions());
    all.sort(Comparator.comparing(DecisionRecord::decisionDate).thenComparing(DecisionRecord::id).reversed());
    return all;
  }

  /** The person's benefit cases at Payment Denmark (one per benefit with decisions). */
  public List<BenefitCase> benefitCases(Person person) {
    return book(person).cases();
  }

  /** The postdistrikt of a person's current address, or null. */
  public String town(String cpr) {
    return context.population().find(cpr)
        .filter(p -> p.adresse() != null && p.adresse().aktuelAdresse() != null)
        .map(p -> p.adresse().aktuelAdresse().postdistrikt())
        .orElse(null);
  }

  /** A decision by id, if it exists (and was made on or before today). */
  public Optional<DecisionRecord> find(String id) {
    if (id == null || id.length() < 8) {
      return Optional.empty();
    }
    return personAt(ids.personIndex(id.substring(id.length() - 7)))
        .flatMap(p -> book(p).decisions().stream().filter(d -> d.id().equals(id)).findFirst());
  }

  /**
   * The deliberately wrong decisions, as archetype entries ({@code wrong-decision}, a Danish
   * description of the error, the decision id). Computed once per day over the population.
   */
  public List<ArchetypeEntry> wrongDecisions() {
    LocalDate today = context.today();
    Listing current = listing;
    if (current == null || !current.day().equals(today)) {
      List<ArchetypeEntry> entries = new ArrayList<>();
      List<Person> persons = context.population().persons();
      int year = rateYear();
      for (int i = 0; i < persons.size(); i++) {
        Person p = persons.get(i);
        for (String id : candidateIds(p, i, year)) {
          if (pickedAsWrong(id)) {
            decisionsOf(p, i, id.split("-")[1], id.substring(7, id.lastIndexOf('-')), today).stream()
                .filter(d -> d.id().equals(id) && d.wrong() != null)
                .forEach(d -> entries.add(new ArchetypeEntry(p.personnummer(), "wrong-decision", d.wrong().description(),
                    d.id())));
          }
        }
      }
      current = new Listing(today, List.copyOf(entries));
      listing = current;
    }
    return current.entries();
  }

  /** The cheap rule: one decision id in {@value #WRONG_ONE_IN}, by a hash of the seed and the id. */
  private boolean pickedAsWrong(String id) {
    return Math.floorMod(mix(seed * 1_000_003L + id.hashCode()), WRONG_ONE_IN) == 0;
  }

  /**
   * The ids a person's decisions would have, without computing any: enough to pick the wrong
   * ones cheaply. Not every candidate becomes a decision (e.g. boligstøtte of 0 kr.).
   */
  private List<String> candidateIds(Person p, int index, int year) {
    List<String> candidates = new ArrayList<>();
    LocalDate birth = p.persondata().foedselsdato();
    if (!isActive(p) || birth == null) {
      return candidates;
    }
    if (birth.plusYears(64).getYear() <= year) {
      candidates.add(decisionId("FP", String.valueOf(year - 1), index, 10));
      candidates.add(decisionId("FP", String.valueOf(year), index, 11));
    }
    if (p.relationer() != null && !p.relationer().barn().isEmpty()) {
      for (int q = 1; q <= 4; q++) {
        candidates.add(decisionId("BU", Period.quarter(year, q).toString(), index, 20 + q));
      }
    }
    candidates.add(decisionId("BS", String.valueOf(year), index, 30));
    return candidates;
  }

  /** The last year the rate table has folkepension rates for, at most today's year. */
  public int rateYear() {
    int year = context.today().getYear();
    while (year > 2000 && engine.parameters().lookup("folkepension.grundbeloeb", LocalDate.of(year, 1, 1)) == null) {
      year--;
    }
    return year;
  }

  private PersonBook book(Person person) {
    LocalDate today = context.today();
    String key = person.personnummer() + "@" + today;
    synchronized (cache) {
      PersonBook hit = cache.get(key);
      if (hit != null) {
        return hit;
      }
    }
    PersonBook made = compute(person, today);
    synchronized (cache) {
      cache.put(key, made);
    }
    return made;
  }

  /**
   * One benefit's decisions (code FP, BU or BS), computed without the cache; only the year or
   * quarter {@code label} where there are several (their case numbers may then differ from the
   * full computation's, which the archetype listing does not use).
   */
  private List<DecisionRecord> decisionsOf(Person person, int index, String code, String label, LocalDate today) {
    Profile profile = Profile.of(seed, person.personnummer());
    int year = rateYear();
    return switch (code) {
      case "FP" -> folkepension(person, index, profile, year, today, label);
      case "BU" -> childBenefit(person, index, profile, year, today, label);
      default -> housing(person, index, profile, year, today);
    };
  }

  private PersonBook compute(Person person, LocalDate today) {
    if (!isActive(person)) {
      return new PersonBook(List.of(), List.of());
    }
    int index = indexOf(person);
    Profile profile = Profile.of(seed, person.personnummer());
    int year = rateYear();
    List<BenefitCase> cases = new ArrayList<>();
    List<DecisionRecord> all = new ArrayList<>();
    addCase(cases, all, BenefitType.FOLKEPENSION, folkepension(person, index, profile, year, today, null));
    addCase(cases, all, BenefitType.BOERNE_UNGEYDELSE, childBenefit(person, index, profile, year, today, null));
    addCase(cases, all, BenefitType.BOLIGSTOETTE, housing(person, index, profile, year, today));
    return new PersonBook(List.copyOf(all), List.copyOf(cases));
  }

  private static void addCase(List<BenefitCase> cases, List<DecisionRecord> all, BenefitType benefit,
      List<DecisionRecord> decisions) {
    if (decisions.isEmpty()) {
      return;
    }
    List<DecisionRecord> chained = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      DecisionRecord d = decisions.get(i);
      if (i + 1 < decisions.size() && d.validTo() == null) {
        d = d.withValidTo(decisions.get(i + 1).validFrom().minusDays(1));
      }
      chained.add(d);
    }
    DecisionRecord first = chained.get(0);
    cases.add(new BenefitCase(benefit, first.caseNumber(), caseOpened(first), List.copyOf(chained)));
    all.addAll(chained);
  }

  /** The application came some weeks before the first decision. */
  private static LocalDate caseOpened(DecisionRecord first) {
    return first.decisionDate().minusDays(21 + Math.floorMod(first.id().hashCode(), 30));
  }

  // ------------------------------------------------------------------ folkepension

  private List<DecisionRecord> folkepension(Person p, int index, Profile profile, int rateYear, LocalDate today,
      String only) {
    LocalDate birth = p.persondata().foedselsdato();
    if (birth == null || birth.plusYears(64).getYear() > rateYear) {
      return List.of();
    }
    List<DecisionRecord> out = new ArrayList<>();
    String caseNumber = null;
    for (int year = rateYear - 1; year <= rateYear; year++) {
      if (only != null && !only.equals(String.valueOf(year))) {
        continue;
      }
      Period january = Period.month(year, 1);
      LocalDate start = pensionStart(birth, january);
      Period period;
      boolean regulation;
      if (start.isBefore(january.start())) {
        period = january;
        regulation = true;
      } else if (start.getYear() == year) {
        period = Period.month(year, start.getMonthValue());
        regulation = false;
      } else {
        continue;
      }
      String id = decisionId("FP", String.valueOf(year), index, 10 + year - rateYear + 1);
      int day = 1 + Math.floorMod(mix(id.hashCode()), 18);
      LocalDate decided = regulation ? LocalDate.of(year - 1, 12, day) : period.start().minusMonths(2).plusDays(day);
      if (decided.isAfter(today)) {
        continue;
      }
      if (caseNumber == null) {
        caseNumber = caseNumber(index, 0, regulation ? start.minusMonths(4) : decided.minusMonths(1));
      }
      Built facts = folkepensionFacts(p, profile, period, decided, null);
      Explanation correct = explain(facts);
      String title = regulation ? "Folkepension – årlig regulering " + year
          : "Folkepension – tilkendelse fra " + danish(period.start());
      out.add(decision(id, BenefitType.FOLKEPENSION, title, period, decided, period.start(), null, caseNumber, facts,
          correct, kind -> wrongCivilStatusApplies(p, kind) ? explain(folkepensionFacts(p, profile, period, decided, kind))
              : null,
          kind -> wrongFolkepension(kind, p, period, decided)));
    }
    return out;
  }

  /** A never-married single cannot be computed as a widow(er): that error needs a marriage in CPR. */
  private boolean wrongCivilStatusApplies(Person p, Kind kind) {
    if (kind != Kind.WRONG_CIVIL_STATUS) {
      return true;
    }
    Civil civil = civil(p);
    return civil.couple() || "E".equals(civil.code()) || "L".equals(civil.code()) || "F".equals(civil.code());
  }

  private Wrong wrongFolkepension(Kind kind, Person p, Period period, LocalDate decided) {
    return switch (kind) {
      case OUTDATED_RATE -> new Wrong(kind, "Folkepension " + period + " er beregnet med satserne for "
          + (period.year() - 1) + " (grundbeløb, pensionstillæg og fradragsbeløb) i stedet for " + period.year() + ".");
      case STALE_INCOME -> new Wrong(kind, "Folkepension " + period + " er beregnet med indkomsten fra eIndkomst "
          + YearMonth.from(decided).minusMonths(13) + " i stedet for de aktuelle indkomstoplysninger.");
      case WRONG_CIVIL_STATUS -> {
        Civil civil = civil(p);
        yield new Wrong(kind, civil.couple()
            ? "Folkepension " + period + " er beregnet som for en enlig, men CPR viser gift siden " + danish(civil.since())
                + "."
            : "Folkepension " + period + " er beregnet som for en gift, men CPR viser civilstand "
                + civilText(civil.code()) + " siden " + danish(civil.since()) + ".");
      }
    };
  }

  /** The first day of folkepension for a birth date, by the pension-age rule of the period (memoised, bounded). */
  private LocalDate pensionStart(LocalDate birth, Period period) {
    String key = birth + "/" + period;
    LocalDate known = pensionStarts.get(key);
    if (known != null) {
      return known;
    }
    if (pensionStarts.size() > 20_000) {
      pensionStarts.clear();
    }
    LocalDate start = probePensionStart(birth, period);
    pensionStarts.put(key, start);
    return start;
  }

  private LocalDate probePensionStart(LocalDate birth, Period period) {
    Explanation probe = engine.explain(new FolkepensionFacts(period, birth, FolkepensionFacts.CivilStatus.SINGLE, false,
        FULL, List.of()));
    return (LocalDate) probe.result().detail("pensionStartDate").orElseThrow();
  }

  private boolean receivesPension(Person person, Period period) {
    LocalDate birth = person.persondata().foedselsdato();
    return isActive(person) && birth != null && birth.isBefore(period.start())
        && !pensionStart(birth, period).isAfter(period.start());
  }

  /** The facts of a folkepension decision; {@code wrong} distorts them the way a wrong back-end would. */
  private Built folkepensionFacts(Person p, Profile profile, Period period, LocalDate decided, Kind wrong) {
    ObjectNode root = mapper.createObjectNode();
    root.put("benefit", "folkepension");
    root.put("period", period.toString());
    List<FactSource> sources = new ArrayList<>();
    ObjectNode person = root.putObject("person");
    LocalDate birth = p.persondata().foedselsdato();
    person.put("birthDate", birth.toString());
    sources.add(new FactSource("person.birthDate", "CPR fødselsdato", birth));
    Civil civil = civil(p);
    boolean couple = wrong == Kind.WRONG_CIVIL_STATUS ? !civil.couple() : civil.couple();
    boolean partnerPension = couple && (civil.spouse() == null
        ? !"F".equals(civil.code()) // a widow(er) computed as married: the late spouse counted as a pensioner
        : receivesPension(civil.spouse(), period));
    person.put("civilStatus", couple ? "couple" : "single");
    sources.add(new FactSource("person.civilStatus", "CPR civilstand", civil.since()));
    person.put("partnerReceivesSocialPension", partnerPension);
    if (couple && civil.spouse() != null) {
      sources.add(new FactSource("person.partnerReceivesSocialPension", "Udbetaling Danmark pensionsregister", decided));
    }
    person.put("residenceYearsInDenmark", profile.residenceYears());
    sources.add(new FactSource("person.residenceYearsInDenmark", "CPR adressehistorik (bopælstid)", decided));
    boolean stale = wrong == Kind.STALE_INCOME;
    YearMonth month = YearMonth.from(decided).minusMonths(stale ? 13 : 1);
    ArrayNode incomes = root.putArray("incomes");
    addIncomes(incomes, sources, "self", profile, true, month, stale);
    if (couple && civil.spouse() != null && wrong != Kind.WRONG_CIVIL_STATUS) {
      Profile spouse = Profile.of(seed, civil.spouse().personnummer());
      addIncomes(incomes, sources, "partner", spouse, receivesPension(civil.spouse(), period), month, stale);
    }
    return new Built(root.toString(), List.copyOf(sources));
  }

  private static void addIncomes(ArrayNode incomes, List<FactSource> sources, String owner, Profile profile,
      boolean pensioner, YearMonth month, boolean stale) {
    String eIndkomst = "eIndkomst " + month;
    String forskud = "Forskudsopgørelse " + (month.getYear() + (month.getMonthValue() == 12 ? 1 : 0));
    if (pensioner) {
      income(incomes, sources, owner, "atp", profile.atp(), eIndkomst, month, stale);
      income(incomes, sources, owner, "pension", profile.pension(), eIndkomst, month, stale);
    } else {
      income(incomes, sources, owner, "work", profile.work(), eIndkomst, month, stale);
      income(incomes, sources, owner, "other", profile.other(), eIndkomst, month, stale);
    }
    income(incomes, sources, owner, "capital", profile.capital(), forskud, month, stale);
  }

  private static void income(ArrayNode incomes, List<FactSource> sources, String owner, String type, BigDecimal annual,
      String source, YearMonth month, boolean stale) {
    if (annual.signum() == 0) {
      return;
    }
    BigDecimal amount = stale ? annual.multiply(new BigDecimal("0.85")).setScale(-2, RoundingMode.HALF_UP).setScale(0)
        : annual;
    ObjectNode in = incomes.addObject();
    in.put("owner", owner);
    in.put("type", type);
    in.put("annual", amount);
    in.put("source", source);
    sources.add(new FactSource("incomes[" + (incomes.size() - 1) + "].annual", source,
        source.startsWith("eIndkomst") ? month.atEndOfMonth() : month.atEndOfMonth().plusDays(1)));
  }

  private Civil civil(Person p) {
    Persondata.Civilstand cs = p.persondata().civilstand();
    String code = cs == null ? "U" : cs.civilstandKode();
    LocalDate since = cs == null || cs.civilstandsdato() == null ? p.persondata().foedselsdato() : cs.civilstandsdato();
    Relationer.PersonRelation rel = p.relationer() == null ? null : p.relationer().aegtefaelle();
    Person spouse = rel == null ? null : context.population().find(rel.personnummer()).orElse(null);
    boolean married = ("G".equals(code) || "P".equals(code)) && spouse != null && isActive(spouse);
    return new Civil(married, married ? spouse : null, code, since);
  }

  private static String civilText(String code) {
    return switch (code) {
      case "E" -> "enke/enkemand";
      case "L" -> "længstlevende partner";
      case "F" -> "fraskilt";
      case "O" -> "ophævet partnerskab";
      default -> "ugift";
    };
  }

  // ------------------------------------------------------------------ børne- og ungeydelse

  private List<DecisionRecord> childBenefit(Person p, int index, Profile profile, int rateYear, LocalDate today,
      String only) {
    List<Kid> kids = kids(p);
    if (kids.isEmpty()) {
      return List.of();
    }
    List<DecisionRecord> out = new ArrayList<>();
    String caseNumber = null;
    for (int q = 1; q <= 4; q++) {
      Period quarter = Period.quarter(rateYear, q);
      if (only != null && !only.equals(quarter.toString())) {
        continue;
      }
      List<Kid> entitled = new ArrayList<>();
      for (Kid k : kids) {
        LocalDate birth = k.child().persondata().foedselsdato();
        if (birth.isBefore(quarter.endExclusive()) && birth.plusYears(18).isAfter(quarter.start())
            && k.shared() == kids.get(0).shared()) {
          entitled.add(k);
        }
      }
      if (entitled.isEmpty()) {
        continue;
      }
      String id = decisionId("BU", quarter.toString(), index, 20 + q);
      LocalDate decided = quarter.start().minusDays(12 + Math.floorMod(mix(id.hashCode()), 6));
      if (decided.isAfter(today)) {
        continue;
      }
      Built facts = childBenefitFacts(profile, quarter, decided, entitled, null);
      Explanation correct = explain(facts);
      if (correct.result().quarterly().orElse(BigDecimal.ZERO).signum() <= 0) {
        continue;
      }
      if (caseNumber == null) {
        LocalDate firstBirth = kids.stream().map(k -> k.child().persondata().foedselsdato()).min(Comparator.naturalOrder())
            .orElseThrow();
        caseNumber = caseNumber(index, 1, firstBirth.plusDays(14));
      }
      out.add(decision(id, BenefitType.BOERNE_UNGEYDELSE, "Børne- og ungeydelse – " + q + ". kvartal " + rateYear,
          quarter, decided, quarter.start(), quarter.endExclusive().minusDays(1), caseNumber, facts, correct,
          kind -> explain(childBenefitFacts(profile, quarter, decided, entitled, kind)),
          kind -> new Wrong(kind, kind == Kind.OUTDATED_RATE
              ? "Børne- og ungeydelse " + quarter + " er beregnet med ydelsessatser og bundfradrag fra et tidligere år i stedet for "
                  + rateYear + "."
              : "Nedsættelsen af børne- og ungeydelse " + quarter + " er beregnet ud fra forskudsopgørelsen for "
                  + (rateYear - 1) + " i stedet for " + rateYear + ".")));
    }
    return out;
  }

  private Built childBenefitFacts(Profile profile, Period quarter, LocalDate decided, List<Kid> kids, Kind wrong) {
    ObjectNode root = mapper.createObjectNode();
    root.put("benefit", "boerne_ungeydelse");
    root.put("period", quarter.toString());
    List<FactSource> sources = new ArrayList<>();
    ObjectNode recipient = root.putObject("recipient");
    boolean stale = wrong == Kind.STALE_INCOME;
    BigDecimal basis = profile.work().add(profile.other()).multiply(new BigDecimal(stale ? "0.80" : "0.92"))
        .add(profile.capital()).setScale(-2, RoundingMode.HALF_UP).setScale(0);
    recipient.put("incomeBasis", basis);
    int taxYear = quarter.year() - (stale ? 1 : 0);
    sources.add(new FactSource("recipient.incomeBasis", "Forskudsopgørelse " + taxYear + " (Skattestyrelsen)",
        stale ? LocalDate.of(taxYear - 1, 11, 12) : decided.minusDays(3)));
    recipient.put("custody", kids.get(0).shared() ? "shared" : "sole");
    LocalDate custodySince = kids.stream().map(Kid::custodySince).max(Comparator.naturalOrder()).orElseThrow();
    sources.add(new FactSource("recipient.custody", "CPR forældremyndighed", custodySince));
    ArrayNode children = root.putArray("children");
    for (Kid k : kids) {
      LocalDate birth = k.child().persondata().foedselsdato();
      children.addObject().put("birthDate", birth.toString());
      sources.add(new FactSource("children[" + (children.size() - 1) + "].birthDate", "CPR fødselsdato", birth));
    }
    return new Built(root.toString(), List.copyOf(sources));
  }

  /** The children under the person's custody (alive, in Denmark), in CPR's order. */
  private List<Kid> kids(Person p) {
    List<Kid> kids = new ArrayList<>();
    if (p.relationer() == null) {
      return kids;
    }
    for (Relationer.PersonRelation rel : p.relationer().barn()) {
      Person child = context.population().find(rel.personnummer()).orElse(null);
      if (child == null || !isActive(child) || child.relationer() == null || child.persondata().foedselsdato() == null) {
        continue;
      }
      List<Relationer.Foraeldremyndighed> holders = child.relationer().foraeldremyndighed();
      for (Relationer.Foraeldremyndighed h : holders) {
        if (p.personnummer().equals(h.personnummer())) {
          LocalDate since = h.startdato() == null ? child.persondata().foedselsdato() : h.startdato();
          kids.add(new Kid(child, holders.size() > 1, since));
        }
      }
    }
    return kids;
  }

  // ------------------------------------------------------------------ boligstøtte

  private List<DecisionRecord> housing(Person p, int index, Profile profile, int rateYear, LocalDate today) {
    LocalDate birth = p.persondata().foedselsdato();
    Period period = Period.month(rateYear, 1);
    if (birth == null || birth.plusYears(18).isAfter(period.start()) || civil(p).couple() || p.adresse() == null
        || p.adresse().aktuelAdresse() == null) {
      return List.of();
    }
    if (profile.housingDie() >= HOUSING_PENSIONER_CHANCE) { // the highest chance below: no engine run for most
      return List.of();
    }
    boolean pensioner = receivesPension(p, period);
    int children = (int) kids(p).stream().filter(k -> k.child().persondata().foedselsdato().plusYears(18)
        .isAfter(period.start()) && sameAddress(p, k.child())).count();
    int chance = pensioner ? HOUSING_PENSIONER_CHANCE : children > 0 ? 35 : birth.plusYears(30).isAfter(period.start()) ? 12 : 3;
    if (profile.housingDie() >= chance) {
      return List.of();
    }
    String id = decisionId("BS", String.valueOf(rateYear), index, 30);
    LocalDate decided = LocalDate.of(rateYear - 1, 12, 2 + Math.floorMod(mix(id.hashCode()), 18));
    if (decided.isAfter(today)) {
      return List.of();
    }
    BigDecimal pension = BigDecimal.ZERO;
    if (pensioner) {
      Built fp = folkepensionFacts(p, profile, period, decided, null);
      pension = explain(fp).result().annual().orElse(BigDecimal.ZERO);
    }
    Built facts = housingFacts(p, profile, period, decided, pensioner, children, pension, null);
    Explanation correct = explain(facts);
    if (correct.result().annual().orElse(BigDecimal.ZERO).signum() <= 0) {
      return List.of();
    }
    String scheme = pensioner ? "boligydelse" : "boligsikring";
    String caseNumber = caseNumber(index, 2, decided.minusDays(40));
    final BigDecimal fpAnnual = pension;
    return List.of(decision(id, BenefitType.BOLIGSTOETTE, "Boligstøtte (" + scheme + ") " + rateYear, period, decided,
        period.start(), null, caseNumber, facts, correct,
        kind -> explain(housingFacts(p, profile, period, decided, pensioner, children, fpAnnual, kind)),
        kind -> new Wrong(kind, kind == Kind.OUTDATED_RATE
            ? "Boligstøtte (" + scheme + ") " + period + " er beregnet med satserne for et tidligere år (indkomstgrænse, "
                + "egenbetaling og maksimum) i stedet for " + rateYear + "."
            : "Boligstøtte (" + scheme + ") " + period + " er beregnet med husstandsindkomsten for " + (rateYear - 2)
                + " i stedet for den aktuelle.")));
  }

  private Built housingFacts(Person p, Profile profile, Period period, LocalDate decided, boolean pensioner, int children,
      BigDecimal folkepension, Kind wrong) {
    ObjectNode root = mapper.createObjectNode();
    root.put("benefit", "boligstoette");
    root.put("period", period.toString());
    List<FactSource> sources = new ArrayList<>();
    ObjectNode household = root.putObject("household");
    household.put("pensioner", pensioner);
    sources.add(new FactSource("household.pensioner", "Udbetaling Danmark pensionsregister", decided));
    LocalDate movedIn = p.adresse().aktuelAdresse().tilflytningsdato();
    household.put("adults", 1);
    sources.add(new FactSource("household.adults", "CPR husstand (adresse)", movedIn == null ? decided : movedIn));
    household.put("children", children);
    sources.add(new FactSource("household.children", "CPR husstand (adresse)", movedIn == null ? decided : movedIn));
    household.put("annualRent", profile.annualRent());
    sources.add(new FactSource("household.annualRent", "Ansøgning om boligstøtte (lejeoplysning)", decided.minusDays(40)));
    BigDecimal income = pensioner
        ? folkepension.add(profile.atp()).add(profile.pension()).add(profile.capital())
        : profile.work().add(profile.other()).multiply(new BigDecimal("0.92")).add(profile.capital());
    if (wrong == Kind.STALE_INCOME) {
      income = income.multiply(new BigDecimal("0.85"));
    }
    household.put("annualIncome", income.setScale(0, RoundingMode.HALF_UP));
    YearMonth month = YearMonth.from(decided).minusMonths(wrong == Kind.STALE_INCOME ? 13 : 1);
    sources.add(new FactSource("household.annualIncome", "eIndkomst " + month + " og forskudsopgørelse",
        month.atEndOfMonth()));
    household.put("netWealth", 0);
    sources.add(new FactSource("household.netWealth", "Ansøgning om boligstøtte (formueoplysning)", decided.minusDays(40)));
    return new Built(root.toString(), List.copyOf(sources));
  }

  private static boolean sameAddress(Person a, Person b) {
    return a.adresse() != null && b.adresse() != null && a.adresse().aktuelAdresse() != null
        && b.adresse().aktuelAdresse() != null
        && a.adresse().aktuelAdresse().standardadresse().equals(b.adresse().aktuelAdresse().standardadresse())
        && a.adresse().aktuelAdresse().postnummer().equals(b.adresse().aktuelAdresse().postnummer());
  }

  // ------------------------------------------------------------------ wrong decisions

  @FunctionalInterface
  private interface Describer {
    Wrong describe(Kind kind);
  }

  /** The back-end's explanation with an error of a kind, or null when the kind does not apply. */
  @FunctionalInterface
  private interface Erring {
    Explanation explain(Kind kind);
  }

  /**
   * The decision; when its id is picked as wrong, the back-end's explanation is the first kind
   * of error (in an order drawn from the id) that changes the result. If none does, it is correct.
   */
  private DecisionRecord decision(String id, BenefitType benefit, String title, Period period, LocalDate decided,
      LocalDate validFrom, LocalDate validTo, String caseNumber, Built facts, Explanation correct, Erring erring,
      Describer describer) {
    Explanation backEnd = correct;
    Wrong wrong = null;
    long h = mix(seed * 1_000_003L + id.hashCode());
    if (pickedAsWrong(id)) {
      List<Kind> kinds = new ArrayList<>(benefit == BenefitType.FOLKEPENSION ? List.of(Kind.values())
          : List.of(Kind.OUTDATED_RATE, Kind.STALE_INCOME));
      java.util.Collections.rotate(kinds, (int) Math.floorMod(h >>> 16, kinds.size()));
      for (Kind kind : kinds) {
        Explanation candidate = kind == Kind.OUTDATED_RATE
            ? outdatedEngine(benefit, correct, period.year()).explain(parse(facts.json()))
            : erring.explain(kind);
        if (candidate != null && !sameTotals(candidate, correct)) {
          backEnd = candidate;
          wrong = describer.describe(kind);
          break;
        }
      }
    }
    return new DecisionRecord(id, benefit, title, period, decided, validFrom, validTo, result(backEnd),
        Authorities.UDBETALING_DANMARK, caseNumber, facts.json(), facts.sources(), backEnd, wrong);
  }

  private RulesEngine outdatedEngine(BenefitType benefit, Explanation correct, int year) {
    String scheme = benefit == BenefitType.BOLIGSTOETTE ? String.valueOf(correct.result().detail("scheme").orElse("")) : "";
    return outdatedEngines.computeIfAbsent(benefit + "/" + scheme + "/" + year, k -> {
      List<String> keys = switch (benefit) {
        case FOLKEPENSION -> List.of("folkepension.grundbeloeb", "folkepension.pensionstillaeg.enlig",
            "folkepension.pensionstillaeg.gift", "folkepension.pensionstillaeg.fradrag.enlig",
            "folkepension.pensionstillaeg.fradrag.par");
        case BOERNE_UNGEYDELSE -> List.of("boerne_ungeydelse.boerneydelse.0_2", "boerne_ungeydelse.boerneydelse.3_6",
            "boerne_ungeydelse.boerneydelse.7_14", "boerne_ungeydelse.ungeydelse.15_17",
            "boerne_ungeydelse.aftrapning.bundfradrag");
        case BOLIGSTOETTE -> "boligydelse".equals(scheme)
            ? List.of("boligydelse.tillaegTilBoligudgift", "boligydelse.indkomstgraense", "boligydelse.indkomstgraense.barn",
                "boligydelse.egenbetaling.minimum", "boligydelse.maksimum")
            : List.of("boligsikring.indkomstgraense", "boligsikring.indkomstgraense.barn",
                "boligsikring.egenbetaling.minimum", "boligsikring.maksimum");
      };
      return new RulesEngine(outdated(engine.parameters(), keys, year));
    });
  }

  /** The table as a back-end that never loaded {@code year}'s rates would have it: each key's latest earlier value, kept. */
  static ParameterTable outdated(ParameterTable table, List<String> keys, int year) {
    ParameterTable t = table;
    LocalDate newYear = LocalDate.of(year, 1, 1);
    for (String key : keys) {
      ParameterDefinition def = t.definition(key).orElse(null);
      if (def == null) {
        continue;
      }
      ParameterValue previous = null;
      for (ParameterValue v : def.values()) {
        if (v.validFrom().isBefore(newYear)) {
          previous = v;
        }
      }
      if (previous == null) {
        continue;
      }
      ParameterValue kept = new ParameterValue(previous.key(), previous.validFrom(), null, previous.value(),
          previous.unit(), Regulation.FIXED, previous.role(), previous.legalReference(), previous.source(),
          previous.confidence(), previous.note(), previous.titleDa(), previous.titleEn());
      t = t.without(key, newYear).with(kept);
    }
    return t;
  }

  // ------------------------------------------------------------------ helpers

  private Explanation explain(Built facts) {
    return engine.explain(parse(facts.json()));
  }

  private static Facts parse(String json) {
    try {
      return Facts.parse(json);
    } catch (FactsException e) {
      throw new IllegalStateException("sandbox built invalid facts: " + e.getMessage(), e);
    }
  }

  private static boolean sameTotals(Explanation a, Explanation b) {
    Map<String, BigDecimal> x = a.result().totals();
    Map<String, BigDecimal> y = b.result().totals();
    if (!x.keySet().equals(y.keySet())) {
      return false;
    }
    for (Map.Entry<String, BigDecimal> e : x.entrySet()) {
      if (e.getValue().compareTo(y.get(e.getKey())) != 0) {
        return false;
      }
    }
    return true;
  }

  private static DecisionResult result(Explanation e) {
    return new DecisionResult(money(e.result().annual()), money(e.result().monthly()), money(e.result().quarterly()));
  }

  private static BigDecimal money(Optional<BigDecimal> amount) {
    return amount.map(a -> a.setScale(2, RoundingMode.HALF_UP)).orElse(null);
  }

  private String decisionId(String code, String label, int index, int ordinal) {
    return UDK + "-" + code + "-" + label + "-" + ids.number(index, ordinal);
  }

  private String caseNumber(int index, int ordinal, LocalDate opened) {
    return UDK + "-" + opened.getYear() + "-" + ids.number(index, ordinal);
  }

  static boolean isActive(Person p) {
    return p.persondata() != null && p.persondata().status() != null
        && Persondata.Status.AKTIV.equals(p.persondata().status().status());
  }

  static String danish(LocalDate date) {
    String[] months = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
        "november", "december"};
    return date.getDayOfMonth() + ". " + months[date.getMonthValue() - 1] + " " + date.getYear();
  }

  /** SplitMix64's finaliser: a well-mixed long from any long. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
