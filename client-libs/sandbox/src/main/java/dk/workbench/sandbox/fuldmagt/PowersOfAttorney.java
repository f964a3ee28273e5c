package dk.workbench.sandbox.fuldmagt;

import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.contracts.cpr.Relationer;
import dk.workbench.contracts.fuldmagt.CheckReason;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.contracts.fuldmagt.Party;
import dk.workbench.contracts.fuldmagt.PowerCheckResult;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.contracts.fuldmagt.PowerOrigin;
import dk.workbench.contracts.fuldmagt.PowerStatus;
import dk.workbench.sandbox.population.Population;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The powers of attorney of a population, derived deterministically from it (same seed, same
 * powers, same ids):
 *
 * <ul>
 *   <li>everyone under guardianship: a {@code GUARDIANSHIP} power to the guardian — the relative
 *       of that name, or else the guardian's law office (an organisation);
 *   <li>every child under 18: a {@code PARENTAL_CUSTODY} power to each living custody holder,
 *       ending the day before the 18th birthday;
 *   <li>adults exempt from Digital Post: a {@code PAPER_GENERAL} power to an adult child (or
 *       else the spouse, a sibling, or — with no relative — an adult of the same municipality); about one in six citizens of 75 or more: a {@code DIGITAL} power to an
 *       adult child, of which every fourth is revoked, expired or only requested.
 * </ul>
 *
 * <p>Stored statuses are {@code REQUESTED}, {@code ACTIVE} and {@code REVOKED}; {@code EXPIRED} is
 * derived from {@code validTo} and the day asked ({@link #asOf}). Immutable and thread-safe.
 */
public final class PowersOfAttorney {
  private static final List<FuldmagtPrivilege> ALL = List.of(FuldmagtPrivilege.values());
  private static final int ELDERLY_AGE = 75;
  private static final int ELDERLY_PERCENT = 16;

  private static volatile PowersOfAttorney last;

  private final Population population;
  private final List<PowerOfAttorney> powers;
  private final Map<String, PowerOfAttorney> byId = new HashMap<>();
  private final Map<String, List<PowerOfAttorney>> byGrantor = new HashMap<>();
  private final Map<String, List<PowerOfAttorney>> byGrantee = new HashMap<>();

  private PowersOfAttorney(Population population, List<PowerOfAttorney> powers) {
    this.population = population;
    this.powers = List.copyOf(powers);
    for (PowerOfAttorney p : this.powers) {
      byId.put(p.id(), p);
      byGrantor.computeIfAbsent(p.grantor().cpr(), k -> new ArrayList<>()).add(p);
      byGrantee.computeIfAbsent(p.grantee().identifier(), k -> new ArrayList<>()).add(p);
    }
  }

  /**
   * The powers of a population, derived once: the access log and the powers API of one sandbox
   * share them (the last population asked for is remembered).
   */
  public static PowersOfAttorney of(Population population) {
    PowersOfAttorney known = last;
    if (known == null || known.population != population) {
      known = new Builder(population).build();
      last = known;
    }
    return known;
  }

  /** Every power, in the order derived; stored statuses (never {@code EXPIRED}). */
  public List<PowerOfAttorney> all() {
    return powers;
  }

  public Optional<PowerOfAttorney> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The powers a person granted, oldest first; stored statuses. */
  public List<PowerOfAttorney> grantedBy(String cpr) {
    return byGrantor.getOrDefault(cpr, List.of());
  }

  /** The powers a person (CPR) or an organisation (CVR) holds, oldest first; stored statuses. */
  public List<PowerOfAttorney> grantedTo(String cprOrCvr) {
    return byGrantee.getOrDefault(cprOrCvr, List.of());
  }

  /** The power with its status as of that day: {@code EXPIRED} once {@code validTo} has passed (unless revoked). */
  public static PowerOfAttorney asOf(PowerOfAttorney p, LocalDate day) {
    boolean expired = p.status() != PowerStatus.REVOKED && p.validTo() != null && p.validTo().isBefore(day);
    return expired ? withStatus(p, PowerStatus.EXPIRED) : p;
  }

  /**
   * May the grantee use the privilege for the grantor on that day? When the grantee holds several
   * powers from the grantor, one that allows it wins; otherwise the answer names the power that
   * came closest (privilege not granted, then not yet valid, pending, expired, revoked).
   */
  public PowerCheckResult check(String grantor, String grantee, FuldmagtPrivilege privilege, LocalDate at) {
    return check(grantor, grantee, privilege, at, p -> p);
  }

  /** {@link #check(String, String, FuldmagtPrivilege, LocalDate)} with each power as {@code current} makes it (e.g. revoked at run time). */
  public PowerCheckResult check(String grantor, String grantee, FuldmagtPrivilege privilege, LocalDate at,
      java.util.function.UnaryOperator<PowerOfAttorney> current) {
    PowerOfAttorney best = null;
    CheckReason bestReason = null;
    for (PowerOfAttorney stored : grantedBy(grantor)) {
      PowerOfAttorney p = current.apply(stored);
      if (!grantee.equals(p.grantee().identifier())) {
        continue;
      }
      CheckReason reason = evaluate(p, privilege, at);
      if (bestReason == null || rank(reason) < rank(bestReason)) {
        best = p;
        bestReason = reason;
      }
    }
    if (best == null) {
      return new PowerCheckResult(false, null, CheckReason.NO_POWER,
          "The grantee holds no power of attorney from the grantor.");
    }
    return new PowerCheckResult(bestReason == CheckReason.ALLOWED, best.id(), bestReason, detail(bestReason, best));
  }

  /** The reason one power gives for the privilege on that day. */
  static CheckReason evaluate(PowerOfAttorney p, FuldmagtPrivilege privilege, LocalDate at) {
    if (p.revokedOn() != null && !at.isBefore(p.revokedOn())) {
      return CheckReason.REVOKED;
    }
    if (p.status() == PowerStatus.REQUESTED) {
      return CheckReason.PENDING;
    }
    if (at.isBefore(p.validFrom())) {
      return CheckReason.NOT_YET_VALID;
    }
    if (p.validTo() != null && at.isAfter(p.validTo())) {
      return CheckReason.EXPIRED;
    }
    return p.privileges().contains(privilege) ? CheckReason.ALLOWED : CheckReason.PRIVILEGE_NOT_GRANTED;
  }

  /** Lower is better: what a caseworker most needs to hear. */
  private static int rank(CheckReason reason) {
    return switch (reason) {
      case ALLOWED -> 0;
      case PRIVILEGE_NOT_GRANTED -> 1;
      case NOT_YET_VALID -> 2;
      case PENDING -> 3;
      case EXPIRED -> 4;
      case REVOKED -> 5;
      case NO_POWER -> 6;
    };
  }

  private static String detail(CheckReason reason, PowerOfAttorney p) {
    return switch (reason) {
      case ALLOWED -> "A power of attorney in force on that day grants this privilege.";
      case PRIVILEGE_NOT_GRANTED -> "The power of attorney is in force but does not grant this privilege.";
      case NOT_YET_VALID -> "The power of attorney only applies from " + p.validFrom() + ".";
      case PENDING -> "The power of attorney has been requested but not yet accepted.";
      case EXPIRED -> "The power of attorney ended on " + p.validTo() + ".";
      case REVOKED -> "The power of attorney was revoked on " + p.revokedOn() + ".";
      case NO_POWER -> "The grantee holds no power of attorney from the grantor.";
    };
  }

  /** The power revoked on that day (as Digital Fuldmagt records a revocation). */
  public static PowerOfAttorney revoked(PowerOfAttorney p, LocalDate on) {
    return new PowerOfAttorney(p.id(), p.grantor(), p.grantee(), p.privileges(), p.validFrom(), p.validTo(),
        PowerStatus.REVOKED, p.origin(), on);
  }

  private static PowerOfAttorney withStatus(PowerOfAttorney p, PowerStatus status) {
    return new PowerOfAttorney(p.id(), p.grantor(), p.grantee(), p.privileges(), p.validFrom(), p.validTo(), status,
        p.origin(), p.revokedOn());
  }

  private static final class Builder {
    private final Population population;
    private final LocalDate reference;
    private final List<PowerOfAttorney> powers = new ArrayList<>();
    private int elderlyDigital;
    private Map<String, List<Person>> adultsByMunicipality;

    Builder(Population population) {
      this.population = population;
      this.reference = population.referenceDate();
    }

    PowersOfAttorney build() {
      for (Person p : population.persons()) {
        if (!alive(p)) {
          continue;
        }
        SplittableRandom rng = new SplittableRandom(population.seed() * 31 + p.personnummer().hashCode());
        Persondata data = p.persondata();
        int age = age(p, reference);
        if (data.umyndiggoerelse() != null) {
          guardianship(p);
        } else if (age < 18) {
          custody(p);
        } else if (!data.tilmeldtDigitalpost()) {
          paperGeneral(p, rng);
        } else if (age >= ELDERLY_AGE && rng.nextInt(100) < ELDERLY_PERCENT) {
          digital(p, rng);
        }
      }
      return new PowersOfAttorney(population, powers);
    }

    private void guardianship(Person ward) {
      Persondata.Umyndiggoerelse u = ward.persondata().umyndiggoerelse();
      Party guardian = relatives(ward).stream()
          .filter(r -> fullName(r).equals(u.vaergenavn()))
          .findFirst()
          .map(r -> Party.person(r.personnummer(), fullName(r)))
          .orElseGet(() -> Party.organisation(Cvr.fictitious(u.vaergenavn()), u.vaergenavn()));
      add(ward, guardian, ALL, u.startdato(), null, PowerStatus.ACTIVE, PowerOrigin.GUARDIANSHIP, null);
    }

    private void custody(Person child) {
      LocalDate lastDay = child.persondata().foedselsdato().plusYears(18).minusDays(1);
      for (Relationer.Foraeldremyndighed holder : child.relationer().foraeldremyndighed()) {
        Optional<Person> parent = population.find(holder.personnummer()).filter(PowersOfAttorney::alive);
        if (parent.isPresent()) {
          LocalDate from = holder.startdato() != null ? holder.startdato() : child.persondata().foedselsdato();
          add(child, Party.person(parent.get().personnummer(), fullName(parent.get())), ALL, from, lastDay,
              PowerStatus.ACTIVE, PowerOrigin.PARENTAL_CUSTODY, null);
        }
      }
    }

    private void paperGeneral(Person grantor, SplittableRandom rng) {
      Optional<Person> relative = adultChild(grantor).or(() -> spouse(grantor)).or(() -> sibling(grantor))
          .or(() -> neighbour(grantor, rng));
      if (relative.isPresent()) {
        LocalDate from = reference.minusDays(90 + rng.nextInt(5 * 365));
        add(grantor, Party.person(relative.get().personnummer(), fullName(relative.get())), ALL, from, null,
            PowerStatus.ACTIVE, PowerOrigin.PAPER_GENERAL, null);
      }
    }

    private void digital(Person grantor, SplittableRandom rng) {
      Optional<Person> child = adultChild(grantor);
      if (child.isEmpty()) {
        return;
      }
      List<FuldmagtPrivilege> privileges = new ArrayList<>(
          List.of(FuldmagtPrivilege.READ_DIGITAL_POST, FuldmagtPrivilege.READ_BENEFITS));
      if (rng.nextBoolean()) {
        privileges.add(0, FuldmagtPrivilege.READ_CASES);
      }
      if (rng.nextInt(3) == 0) {
        privileges.add(FuldmagtPrivilege.ACT);
      }
      LocalDate from = reference.minusDays(60 + rng.nextInt(4 * 365));
      LocalDate to = rng.nextInt(3) == 0 ? null : from.plusYears(3 + rng.nextInt(3));
      PowerStatus status = PowerStatus.ACTIVE;
      LocalDate revokedOn = null;
      switch (elderlyDigital++ % 8) {
        case 1 -> { // revoked after a while
          status = PowerStatus.REVOKED;
          revokedOn = from.plusDays(30 + rng.nextInt(Math.max(1, (int) (reference.toEpochDay() - from.toEpochDay()) - 29)));
        }
        case 3 -> to = reference.minusDays(1 + rng.nextInt(Math.max(1, (int) (reference.toEpochDay()
            - from.toEpochDay()) - 1))); // expired
        case 5 -> { // asked for recently, not yet accepted
          status = PowerStatus.REQUESTED;
          from = reference.minusDays(rng.nextInt(20));
        }
        default -> { }
      }
      if (to != null && !to.isAfter(from)) {
        to = from.plusDays(1);
      }
      add(grantor, Party.person(child.get().personnummer(), fullName(child.get())), privileges, from, to, status,
          PowerOrigin.DIGITAL, revokedOn);
    }

    private void add(Person grantor, Party grantee, List<FuldmagtPrivilege> privileges, LocalDate from, LocalDate to,
        PowerStatus status, PowerOrigin origin, LocalDate revokedOn) {
      SplittableRandom ids = new SplittableRandom(population.seed() * 1_000_003L + powers.size());
      String id = new UUID((ids.nextLong() & ~0xF000L) | 0x4000L,
          (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | Long.MIN_VALUE).toString();
      List<FuldmagtPrivilege> ordered = new ArrayList<>(EnumSet.copyOf(privileges));
      powers.add(new PowerOfAttorney(id, Party.person(grantor.personnummer(), fullName(grantor)), grantee, ordered, from,
          to, status, origin, revokedOn));
    }

    private Optional<Person> adultChild(Person parent) {
      return parent.relationer().barn().stream()
          .map(r -> population.find(r.personnummer()))
          .flatMap(Optional::stream)
          .filter(c -> alive(c) && age(c, reference) >= 18)
          .min(Comparator.comparing(Person::personnummer));
    }

    /** An adult sibling (same mother or father). */
    private Optional<Person> sibling(Person p) {
      List<Relationer.PersonRelation> parents = new ArrayList<>();
      if (p.relationer().mor() != null) {
        parents.add(p.relationer().mor());
      }
      if (p.relationer().far() != null) {
        parents.add(p.relationer().far());
      }
      return parents.stream()
          .map(r -> population.find(r.personnummer()))
          .flatMap(Optional::stream)
          .flatMap(parent -> parent.relationer().barn().stream())
          .map(r -> population.find(r.personnummer()))
          .flatMap(Optional::stream)
          .filter(c -> !c.personnummer().equals(p.personnummer()) && alive(c) && age(c, reference) >= 18)
          .min(Comparator.comparing(Person::personnummer));
    }

    /** With no relative to turn to: an adult of 30 to 70 in the same municipality (a friend or neighbour). */
    private Optional<Person> neighbour(Person p, SplittableRandom rng) {
      if (adultsByMunicipality == null) {
        adultsByMunicipality = new HashMap<>();
        for (Person q : population.persons()) {
          int age = age(q, reference);
          if (alive(q) && age >= 30 && age <= 70 && municipality(q) != null) {
            adultsByMunicipality.computeIfAbsent(municipality(q), k -> new ArrayList<>()).add(q);
          }
        }
      }
      List<Person> candidates = adultsByMunicipality.getOrDefault(municipality(p), List.of()).stream()
          .filter(q -> !q.personnummer().equals(p.personnummer()))
          .toList();
      return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(rng.nextInt(candidates.size())));
    }

    private static String municipality(Person p) {
      return p.adresse() == null || p.adresse().aktuelAdresse() == null ? null : p.adresse().aktuelAdresse().kommunekode();
    }

    private Optional<Person> spouse(Person p) {
      return Optional.ofNullable(p.relationer().aegtefaelle())
          .flatMap(r -> population.find(r.personnummer()))
          .filter(PowersOfAttorney::alive);
    }

    private List<Person> relatives(Person p) {
      Relationer r = p.relationer();
      List<Relationer.PersonRelation> links = new ArrayList<>(r.barn());
      for (Relationer.PersonRelation link : new Relationer.PersonRelation[] {r.mor(), r.far(), r.aegtefaelle()}) {
        if (link != null) {
          links.add(link);
        }
      }
      return links.stream().map(l -> population.find(l.personnummer())).flatMap(Optional::stream).toList();
    }
  }

  static boolean alive(Person p) {
    return !Persondata.Status.DOED.equals(p.persondata().status().status());
  }

  static int age(Person p, LocalDate day) {
    return Period.between(p.persondata().foedselsdato(), day).getYears();
  }

  static String fullName(Person p) {
    return p.persondata().navn().fuldtNavn();
  }

  @Override
  public String toString() {
    return "PowersOfAttorney[" + powers.size() + " powers]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PowersOfAttorney other && other.powers.equals(powers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(powers);
  }
}
