package dk.workbench.sandbox.cases;

import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cases.Authority;
import dk.workbench.contracts.cases.CaseDetail;
import dk.workbench.contracts.cases.CaseDocument;
import dk.workbench.contracts.cases.CaseDocument.Direction;
import dk.workbench.contracts.cases.CaseStatus;
import dk.workbench.contracts.cases.Classification;
import dk.workbench.contracts.cases.Deadline;
import dk.workbench.contracts.cases.Deadline.DeadlineType;
import dk.workbench.contracts.cases.Party;
import dk.workbench.contracts.cases.Party.PartyRole;
import dk.workbench.contracts.cases.Sensitivity;
import dk.workbench.contracts.cases.StatusChange;
import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.contracts.cpr.Relationer;
import dk.workbench.sandbox.decisions.Authorities;
import dk.workbench.sandbox.decisions.DecisionBook;
import dk.workbench.sandbox.decisions.DecisionBook.BenefitCase;
import dk.workbench.sandbox.decisions.DecisionRecord;
import dk.workbench.sandbox.decisions.Profile;
import dk.workbench.sandbox.population.Population;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A person's cases in the case index (after SF1470), derived deterministically from their CPR
 * data, their {@link Profile} dice and their decisions: one Payment Denmark case per benefit
 * with decisions, and — by age and situation — municipal cases (home help, sickness benefit,
 * building permit, child protection, property-tax loan), a region's hearing-aid case,
 * Skattestyrelsen cases, and for the deceased an estate case at the probate court.
 *
 * <p>KLE numbers, titles and handling facets are illustrative values in KLE's format
 * ({@code xx.xx.xx}, facet letter + two digits); they were not checked against the published KLE.
 */
final class CaseBook {
  private final DecisionBook decisions;
  private final long seed;

  /** One kind of case the sandbox generates. */
  private record Kind(int ordinal, Classification kle, Classification facet, String title, String legalBasis,
      Sensitivity sensitivity, String unit, boolean closes, String application) {}

  private static final Classification G01 = new Classification("G01", "Generelle sager");
  private static final Classification K08 = new Classification("K08", "Tilladelser og godkendelser");
  private static final Classification G21 = new Classification("G21", "Undersøgelser");

  private static final Kind FOLKEPENSION = new Kind(0, new Classification("32.03.00", "Folkepension i almindelighed"), G01,
      "Folkepension", "LBK om social pension (pensionsloven) §§ 1 a, 12 og 49", Sensitivity.NORMAL,
      "Udbetaling Danmark, Pension", false, "Ansøgning om folkepension");
  private static final Kind CHILD_BENEFIT = new Kind(1, new Classification("32.12.00", "Børne- og ungeydelse"), G01,
      "Børne- og ungeydelse", "LBK om en børne- og ungeydelse §§ 1-5", Sensitivity.NORMAL,
      "Udbetaling Danmark, Familieydelser", false, "Registrering af barn (automatisk fra CPR)");
  private static final Kind HOUSING = new Kind(2, new Classification("32.24.04", "Boligstøtte"), G01,
      "Boligstøtte", "LBK om individuel boligstøtte (boligstøtteloven) §§ 21-23", Sensitivity.NORMAL,
      "Udbetaling Danmark, Boligstøtte", false, "Ansøgning om boligstøtte");
  private static final Kind HOME_HELP = new Kind(3, new Classification("27.36.04", "Praktisk hjælp i hjemmet"),
      new Classification("G11", "Visitation"), "Visitation til praktisk hjælp", "LBK om social service § 83",
      Sensitivity.SENSITIVE, "Ældre og Sundhed, Visitationen", true, "Ansøgning om hjemmehjælp");
  private static final Kind HEARING_AID = new Kind(4, new Classification("29.09.08", "Høreapparater"), G01,
      "Tilskud til høreapparat", "LBK om sundhedsloven § 71", Sensitivity.NORMAL, "Høreklinikken", true,
      "Henvisning fra ørelæge");
  private static final Kind SICKNESS = new Kind(5, new Classification("15.00.02", "Sygedagpenge"), G01,
      "Sygedagpenge", "LBK om sygedagpenge §§ 7-8", Sensitivity.SENSITIVE, "Jobcenter, Sygedagpengeteamet", true,
      "Anmeldelse af sygefravær fra arbejdsgiver");
  private static final Kind BUILDING = new Kind(6, new Classification("02.34.02", "Byggetilladelse, enfamiliehuse"), K08,
      "Byggetilladelse – tilbygning og carport", "LBK om byggeloven § 16", Sensitivity.NORMAL, "Byggeri og Miljø", true,
      "Ansøgning om byggetilladelse via Byg og Miljø");
  private static final Kind CHILD_PROTECTION = new Kind(7, new Classification("27.12.00", "Børnefaglig undersøgelse"), G21,
      "Børnefaglig undersøgelse", "LOV om barnets lov § 20", Sensitivity.CONFIDENTIAL, "Børn og Familie, Myndighed",
      true, "Underretning");
  private static final Kind PRELIMINARY_TAX = new Kind(8, new Classification("25.02.02", "Forskudsopgørelse"), G01,
      "Ændring af forskudsopgørelse", "LBK om opkrævning af indkomstskat for personer m.v. (kildeskatteloven) § 55",
      Sensitivity.NORMAL, "Skattestyrelsen, Personskat", true, "Ændring af forskudsopgørelse på skat.dk");
  private static final Kind PROPERTY_TAX_LOAN = new Kind(9, new Classification("25.06.06", "Lån til ejendomsskat"), G01,
      "Lån til betaling af ejendomsskat", "LBK om lån til betaling af ejendomsskatter § 1", Sensitivity.NORMAL,
      "Borgerservice, Ydelser", true, "Ansøgning om indefrysning af ejendomsskat");
  private static final Kind ESTATE = new Kind(10, new Classification("00.05.00", "Dødsbo"), G01, "Dødsbo",
      "LBK om skifte af dødsboer (dødsboskifteloven) §§ 7-8", Sensitivity.NORMAL, "Skifteretten", true,
      "Dødsanmeldelse fra kommunen");
  private static final Kind EMIGRATION = new Kind(11, new Classification("25.01.04", "Fraflytning"), G01,
      "Fraflytning – ophør af fuld skattepligt", "LBK om indkomstbeskatning af personer m.v. (kildeskatteloven) § 1",
      Sensitivity.NORMAL, "Skattestyrelsen, Personskat", true, "Flytning til udlandet registreret i CPR");

  private static final String[] COMPANIES = {"Tømrermester Holm ApS", "Byg & Carport A/S", "Vestjysk Tegnestue ApS",
      "Nordisk Byggerådgivning ApS", "Fyns Tømrer- og Snedkerforretning A/S"};

  CaseBook(DecisionBook decisions, long seed) {
    this.decisions = decisions;
    this.seed = seed;
  }

  /** The person's cases that arose on or before today, newest first. */
  List<CaseDetail> cases(Person person, LocalDate today) {
    List<CaseDetail> cases = new ArrayList<>();
    int index = decisions.indexOf(person);
    String status = person.persondata().status() == null ? "" : person.persondata().status().status();
    if (Persondata.Status.DOED.equals(status)) {
      LocalDate died = person.persondata().status().statusdato();
      if (died != null) {
        cases.add(estate(person, index, died, today));
      }
    } else if (Persondata.Status.UDREJST.equals(status)) {
      Adresse.Udrejseoplysninger out = person.adresse() == null ? null : person.adresse().udrejseoplysninger();
      if (out != null && out.udrejsedato() != null) {
        cases.add(generic(EMIGRATION, person, index, Authorities.SKATTESTYRELSEN, "SKST", out.udrejsedato().plusDays(20),
            today, List.of()));
      }
    } else {
      for (BenefitCase bc : decisions.benefitCases(person)) {
        cases.add(benefit(bc, person, today));
      }
      addMunicipalAndOther(cases, person, index, today);
    }
    cases.removeIf(c -> c.opened().isAfter(today));
    cases.sort(Comparator.comparing(CaseDetail::opened).thenComparing(CaseDetail::caseNumber).reversed());
    return cases;
  }

  /** The case with this number, if it exists today. */
  Optional<CaseDetail> find(String caseNumber, LocalDate today) {
    if (caseNumber == null || caseNumber.length() < 8) {
      return Optional.empty();
    }
    return decisions.personAt(decisions.ids().personIndex(caseNumber.substring(caseNumber.length() - 7)))
        .flatMap(p -> cases(p, today).stream().filter(c -> c.caseNumber().equals(caseNumber)).findFirst());
  }

  private void addMunicipalAndOther(List<CaseDetail> cases, Person p, int index, LocalDate today) {
    LocalDate birth = p.persondata().foedselsdato();
    if (birth == null) {
      return;
    }
    Profile profile = Profile.of(seed, p.personnummer());
    int age = birth.until(Population.REFERENCE_DATE).getYears();
    boolean pensioner = decisions.benefitCases(p).stream().anyMatch(c -> c.benefit() == BenefitType.FOLKEPENSION);
    String kommune = p.adresse() == null || p.adresse().aktuelAdresse() == null ? null
        : p.adresse().aktuelAdresse().kommunekode();
    if (kommune == null) {
      return;
    }
    Authority municipality = Authorities.municipality(kommune);
    String prefix = "K" + kommune;
    if (pensioner && profile.caseDie(0) < 30) {
      cases.add(generic(HOME_HELP, p, index, municipality, prefix, opened(index, HOME_HELP, 700), today, List.of()));
    }
    if (pensioner && profile.caseDie(1) < 12) {
      cases.add(generic(HEARING_AID, p, index, Authorities.region(kommune), "REG", opened(index, HEARING_AID, 900), today,
          List.of()));
    }
    if (pensioner && profile.caseDie(6) < 15) {
      cases.add(generic(PROPERTY_TAX_LOAN, p, index, municipality, prefix, opened(index, PROPERTY_TAX_LOAN, 1200), today,
          List.of()));
    }
    if (!pensioner && age >= 18 && age < 67 && profile.caseDie(2) < 8) {
      cases.add(generic(SICKNESS, p, index, municipality, prefix, opened(index, SICKNESS, 500), today, List.of()));
    }
    if (age >= 25 && profile.caseDie(3) < 10) {
      String company = COMPANIES[Math.floorMod(profile.caseDie(7), COMPANIES.length)];
      Party builder = new Party(PartyRole.SEKUNDAER, null, companyCvr(company), company);
      cases.add(generic(BUILDING, p, index, municipality, prefix, opened(index, BUILDING, 1100), today, List.of(builder)));
    }
    List<Party> minors = minors(p);
    if (!minors.isEmpty() && profile.caseDie(4) < 4) {
      cases.add(generic(CHILD_PROTECTION, p, index, municipality, prefix, opened(index, CHILD_PROTECTION, 400), today,
          minors));
    }
    if (age >= 18 && profile.caseDie(5) < 12) {
      cases.add(generic(PRELIMINARY_TAX, p, index, Authorities.SKATTESTYRELSEN, "SKST",
          opened(index, PRELIMINARY_TAX, 300), today, List.of()));
    }
  }

  /** The children under 18 (at the reference date) this person has custody of, as secondary parties. */
  private List<Party> minors(Person p) {
    List<Party> minors = new ArrayList<>();
    if (p.relationer() == null) {
      return minors;
    }
    for (Relationer.PersonRelation child : p.relationer().barn()) {
      if (child.relationStartdato() == null || child.relationStartdato().plusYears(18).isAfter(Population.REFERENCE_DATE)) {
        minors.add(new Party(PartyRole.SEKUNDAER, child.personnummer(), null, null));
      }
    }
    return minors;
  }

  /** A day in the {@code withinDays} before the reference date, fixed per person and kind. */
  private LocalDate opened(int index, Kind kind, int withinDays) {
    return Population.REFERENCE_DATE.plusDays(300).minusDays(Math.floorMod(DecisionBook.mix(index * 131L + kind.ordinal()), withinDays));
  }

  private CaseDetail benefit(BenefitCase bc, Person p, LocalDate today) {
    Kind kind = switch (bc.benefit()) {
      case FOLKEPENSION -> FOLKEPENSION;
      case BOERNE_UNGEYDELSE -> CHILD_BENEFIT;
      case BOLIGSTOETTE -> HOUSING;
    };
    List<DecisionRecord> made = bc.decisions();
    LocalDate first = made.get(0).decisionDate();
    List<StatusChange> history = new ArrayList<>();
    history.add(new StatusChange(CaseStatus.OPSTAAET, bc.opened()));
    LocalDate informed = bc.opened().plusDays(Math.max(1, bc.opened().until(first).getDays() / 2));
    history.add(new StatusChange(CaseStatus.OPLYST, informed.isBefore(first) ? informed : first));
    history.add(new StatusChange(CaseStatus.AFGJORT, first));
    List<CaseDocument> docs = new ArrayList<>();
    String title = kind == HOUSING ? made.get(0).title().replaceAll(" \\d{4}$", "") : kind.title();
    docs.add(doc(bc.caseNumber(), 1, kind.application(), bc.opened(), Direction.INDGAAENDE));
    docs.add(doc(bc.caseNumber(), 2, "Kvittering for modtagelse", bc.opened().plusDays(1), Direction.UDGAAENDE));
    List<Deadline> deadlines = new ArrayList<>();
    LocalDate due = bc.opened().plusWeeks(8);
    deadlines.add(new Deadline(DeadlineType.SAGSBEHANDLINGSFRIST, "Udbetaling Danmarks frist for afgørelse", due,
        !first.isAfter(due)));
    List<String> ids = new ArrayList<>();
    int n = 3;
    for (DecisionRecord d : made) {
      docs.add(doc(bc.caseNumber(), n++, "Afgørelse: " + d.title(), d.decisionDate(), Direction.UDGAAENDE));
      deadlines.add(new Deadline(DeadlineType.KLAGEFRIST, "Frist for at klage over afgørelsen (" + d.title() + ")",
          d.decisionDate().plusWeeks(4), null));
      ids.add(d.id());
    }
    List<Party> parties = new ArrayList<>();
    parties.add(new Party(PartyRole.PRIMAER, p.personnummer(), null, null));
    if (kind == CHILD_BENEFIT) {
      parties.addAll(minors(p));
    }
    deadlines.sort(Comparator.comparing(Deadline::date));
    String text = switch (bc.benefit()) {
      case FOLKEPENSION -> "Du får folkepension. Du har fået brev om den seneste afgørelse.";
      case BOERNE_UNGEYDELSE -> "Du får børne- og ungeydelse. Ydelsen udbetales hvert kvartal.";
      case BOLIGSTOETTE -> "Du får boligstøtte. Husk at give besked, hvis din husleje eller indkomst ændrer sig.";
    };
    return new CaseDetail(bc.caseNumber(), title, kind.kle(), kind.facet(), kind.legalBasis(), CaseStatus.AFGJORT,
        history, text, kind.sensitivity(), made.get(0).authority(), kind.unit(), bc.opened(), parties, docs, deadlines,
        ids);
  }

  private CaseDetail estate(Person p, int index, LocalDate died, LocalDate today) {
    String town = null;
    List<Party> heirs = new ArrayList<>();
    if (p.relationer() != null) {
      Relationer.PersonRelation spouse = p.relationer().aegtefaelle();
      if (spouse != null) {
        heirs.add(new Party(PartyRole.SEKUNDAER, spouse.personnummer(), null, null));
        town = decisions.town(spouse.personnummer());
      }
      for (Relationer.PersonRelation child : p.relationer().barn()) {
        heirs.add(new Party(PartyRole.SEKUNDAER, child.personnummer(), null, null));
      }
    }
    return generic(ESTATE, p, index, Authorities.probateCourt(town), "SKIFTE", died.plusDays(3 + index % 8), today, heirs);
  }

  private CaseDetail generic(Kind kind, Person p, int index, Authority authority, String prefix, LocalDate opened,
      LocalDate today, List<Party> others) {
    String caseNumber = prefix + "-" + opened.getYear() + "-" + decisions.ids().number(index, kind.ordinal());
    SplittableRandom rng = new SplittableRandom(seed * 31 + caseNumber.hashCode());
    LocalDate informed = opened.plusDays(5 + rng.nextInt(26));
    LocalDate decided = informed.plusDays(7 + rng.nextInt(44));
    LocalDate closed = decided.plusDays(1 + rng.nextInt(60));
    List<StatusChange> history = new ArrayList<>();
    history.add(new StatusChange(CaseStatus.OPSTAAET, opened));
    List<CaseDocument> docs = new ArrayList<>();
    docs.add(doc(caseNumber, 1, kind.application(), opened, Direction.INDGAAENDE));
    docs.add(doc(caseNumber, 2, "Kvittering for modtagelse", opened.plusDays(1 + rng.nextInt(3)), Direction.UDGAAENDE));
    LocalDate replyBy = opened.plusDays(14);
    if (!informed.isAfter(today)) {
      history.add(new StatusChange(CaseStatus.OPLYST, informed));
      docs.add(doc(caseNumber, 3, "Notat om sagens oplysning", informed, Direction.INTERN));
    }
    if (!decided.isAfter(today)) {
      history.add(new StatusChange(CaseStatus.AFGJORT, decided));
      docs.add(doc(caseNumber, 4, "Afgørelse: " + kind.title(), decided, Direction.UDGAAENDE));
    }
    if (kind.closes() && !closed.isAfter(today)) {
      history.add(new StatusChange(CaseStatus.AFSLUTTET, closed));
      docs.add(doc(caseNumber, 5, "Notat om afslutning af sagen", closed, Direction.INTERN));
    }
    docs.removeIf(d -> d.date().isAfter(today));
    List<Deadline> deadlines = new ArrayList<>();
    deadlines.add(new Deadline(DeadlineType.SVARFRIST, "Frist for at sende de oplysninger, vi har bedt om", replyBy,
        met(informed, replyBy, today)));
    LocalDate due = opened.plusWeeks(8);
    deadlines.add(new Deadline(DeadlineType.SAGSBEHANDLINGSFRIST, "Vores frist for at træffe afgørelse", due,
        met(decided, due, today)));
    if (!decided.isAfter(today)) {
      deadlines.add(new Deadline(DeadlineType.KLAGEFRIST, "Frist for at klage over afgørelsen", decided.plusWeeks(4),
          null));
    }
    List<Party> parties = new ArrayList<>();
    parties.add(new Party(PartyRole.PRIMAER, p.personnummer(), null, null));
    parties.addAll(others);
    CaseStatus status = history.get(history.size() - 1).status();
    return new CaseDetail(caseNumber, kind.title(), kind.kle(), kind.facet(), kind.legalBasis(), status, history,
        citizenText(status), kind.sensitivity(), authority, kind.unit(), opened, parties, docs, deadlines, List.of());
  }

  /** Met when done by the deadline; missed when not done and the deadline has passed; else open (null). */
  private static Boolean met(LocalDate done, LocalDate deadline, LocalDate today) {
    if (!done.isAfter(today)) {
      return !done.isAfter(deadline);
    }
    return deadline.isBefore(today) ? Boolean.FALSE : null;
  }

  static String citizenText(CaseStatus status) {
    return switch (status) {
      case OPSTAAET -> "Vi har modtaget din sag og går i gang med at behandle den.";
      case OPLYST -> "Vi har de oplysninger, vi skal bruge, og behandler din sag.";
      case AFGJORT -> "Vi har truffet afgørelse i din sag. Du har fået brev om afgørelsen.";
      case AFSLUTTET -> "Din sag er afsluttet.";
    };
  }

  private static CaseDocument doc(String caseNumber, int n, String title, LocalDate date, Direction direction) {
    return new CaseDocument(caseNumber + "-D" + n, title, date, direction);
  }

  private static String companyCvr(String company) {
    return Authorities.cvr(3_000_000 + Math.floorMod(company.hashCode(), 6_000_000));
  }

}
