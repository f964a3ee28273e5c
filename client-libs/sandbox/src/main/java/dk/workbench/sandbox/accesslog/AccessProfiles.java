package dk.workbench.sandbox.accesslog;

import static dk.workbench.contracts.accesslog.AccessAction.CREATE;
import static dk.workbench.contracts.accesslog.AccessAction.PRINT;
import static dk.workbench.contracts.accesslog.AccessAction.READ;
import static dk.workbench.contracts.accesslog.AccessAction.SEND;
import static dk.workbench.contracts.accesslog.AccessAction.UPDATE;
import static dk.workbench.contracts.accesslog.DataCategory.ADDRESS;
import static dk.workbench.contracts.accesslog.DataCategory.BENEFITS;
import static dk.workbench.contracts.accesslog.DataCategory.CASES;
import static dk.workbench.contracts.accesslog.DataCategory.CPR_BASIC;
import static dk.workbench.contracts.accesslog.DataCategory.DIGITAL_POST;
import static dk.workbench.contracts.accesslog.DataCategory.FAMILY_RELATIONS;
import static dk.workbench.contracts.accesslog.DataCategory.HEALTH;
import static dk.workbench.contracts.accesslog.DataCategory.INCOME;
import static dk.workbench.contracts.accesslog.DataCategory.TAX;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.accesslog.ActorType;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.accesslog.LegalBasis;
import dk.workbench.contracts.accesslog.Organisation;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.sandbox.fuldmagt.Cvr;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Danish actors that show up in citizens' access logs, and which of them a person meets
 * given their life: a pensioner's folkepension runs, a family's child benefit, a child's health
 * visitor, everyone's tax assessments, Digital Post and doctors. CVR numbers are fictitious.
 */
final class AccessProfiles {
  /** A kind of access and how often it occurs relative to the others. */
  record Weighted(AccessKind kind, int weight) {}

  private AccessProfiles() {}

  static final Organisation UDBETALING_DANMARK = org("Udbetaling Danmark");
  static final Organisation SKATTESTYRELSEN = org("Skattestyrelsen");
  static final Organisation ATP = org("ATP");
  static final Organisation DIGITALISERINGSSTYRELSEN = org("Digitaliseringsstyrelsen");
  static final Organisation SUNDHEDSDATASTYRELSEN = org("Sundhedsdatastyrelsen");
  static final Organisation CPR_KONTORET = org("CPR-kontoret");
  static final Organisation RIGSPOLITIET = org("Rigspolitiet");
  static final Organisation PET = org("Politiets Efterretningstjeneste");

  private static final LegalBasis PENSION = new LegalBasis("Beregning og udbetaling af folkepension", "Lov om social pension");
  private static final LegalBasis CHILD_BENEFIT =
      new LegalBasis("Udbetaling af børne- og ungeydelse", "Lov om en børne- og ungeydelse");
  private static final LegalBasis HOUSING = new LegalBasis("Beregning af boligstøtte", "Lov om individuel boligstøtte");
  private static final LegalBasis ATP_LAW = new LegalBasis("Udbetaling af ATP Livslang Pension",
      "Lov om Arbejdsmarkedets Tillægspension");
  private static final LegalBasis TAX_ASSESSMENT = new LegalBasis("Forskudsopgørelse og årsopgørelse",
      "Skatteforvaltningsloven");
  private static final LegalBasis TAX_CONTROL = new LegalBasis("Kontrol af indkomst og fradrag", "Skattekontrolloven");
  private static final LegalBasis SOCIAL = new LegalBasis("Sagsbehandling på det sociale område",
      "Lov om retssikkerhed og administration på det sociale område");
  private static final LegalBasis SERVICE = new LegalBasis("Vejledning af borgeren", "Forvaltningsloven");
  private static final LegalBasis HEALTH_LAW = new LegalBasis("Behandling af patienten", "Sundhedsloven");
  private static final LegalBasis DIGITAL_POST_LAW = new LegalBasis("Forsendelse af post til borgerens digitale postkasse",
      "Lov om Digital Post fra offentlige afsendere");
  private static final LegalBasis CPR_LAW = new LegalBasis("Registrering af adresse og civilstand",
      "Lov om Det Centrale Personregister");
  private static final LegalBasis INSIGHT = new LegalBasis("Borgerens indsigt i egne oplysninger",
      "Databeskyttelsesforordningen art. 15");
  private static final LegalBasis INSIGHT_BY_POWER = new LegalBasis("Indsigt på borgerens vegne efter fuldmagt",
      "Databeskyttelsesforordningen art. 15");
  private static final LegalBasis POLICE = new LegalBasis("Efterforskning", "Retsplejeloven");
  private static final LegalBasis PET_LAW = new LegalBasis("Forebyggelse og efterforskning",
      "Lov om Politiets Efterretningstjeneste (PET)");

  /** Employee names that may be shown, combined first × last. */
  static final List<String> FIRST_NAMES = List.of("Anne", "Mette", "Hanne", "Susanne", "Camilla", "Louise", "Sofie",
      "Maria", "Lene", "Tina", "Lars", "Jens", "Peter", "Michael", "Søren", "Thomas", "Henrik", "Martin", "Rasmus",
      "Jesper");
  static final List<String> LAST_NAMES = List.of("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen",
      "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
      "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen");

  private static final Map<String, String> MUNICIPALITIES = Map.ofEntries(
      Map.entry("101", "Københavns Kommune"), Map.entry("147", "Frederiksberg Kommune"),
      Map.entry("157", "Gentofte Kommune"), Map.entry("167", "Hvidovre Kommune"),
      Map.entry("173", "Lyngby-Taarbæk Kommune"), Map.entry("175", "Rødovre Kommune"),
      Map.entry("183", "Ishøj Kommune"), Map.entry("217", "Helsingør Kommune"), Map.entry("219", "Hillerød Kommune"),
      Map.entry("259", "Køge Kommune"), Map.entry("265", "Roskilde Kommune"), Map.entry("316", "Holbæk Kommune"),
      Map.entry("326", "Kalundborg Kommune"), Map.entry("330", "Slagelse Kommune"), Map.entry("360", "Lolland Kommune"),
      Map.entry("370", "Næstved Kommune"), Map.entry("376", "Guldborgsund Kommune"),
      Map.entry("400", "Bornholms Regionskommune"), Map.entry("410", "Middelfart Kommune"),
      Map.entry("430", "Faaborg-Midtfyn Kommune"), Map.entry("450", "Nyborg Kommune"),
      Map.entry("461", "Odense Kommune"), Map.entry("479", "Svendborg Kommune"), Map.entry("482", "Langeland Kommune"),
      Map.entry("492", "Ærø Kommune"), Map.entry("510", "Haderslev Kommune"), Map.entry("540", "Sønderborg Kommune"),
      Map.entry("550", "Tønder Kommune"), Map.entry("561", "Esbjerg Kommune"), Map.entry("563", "Fanø Kommune"),
      Map.entry("573", "Varde Kommune"), Map.entry("580", "Aabenraa Kommune"), Map.entry("607", "Fredericia Kommune"),
      Map.entry("615", "Horsens Kommune"), Map.entry("621", "Kolding Kommune"), Map.entry("630", "Vejle Kommune"),
      Map.entry("657", "Herning Kommune"), Map.entry("661", "Holstebro Kommune"), Map.entry("665", "Lemvig Kommune"),
      Map.entry("706", "Syddjurs Kommune"), Map.entry("707", "Norddjurs Kommune"),
      Map.entry("710", "Favrskov Kommune"), Map.entry("727", "Odder Kommune"), Map.entry("730", "Randers Kommune"),
      Map.entry("740", "Silkeborg Kommune"), Map.entry("746", "Skanderborg Kommune"),
      Map.entry("751", "Aarhus Kommune"), Map.entry("756", "Ikast-Brande Kommune"),
      Map.entry("760", "Ringkøbing-Skjern Kommune"), Map.entry("779", "Skive Kommune"),
      Map.entry("787", "Thisted Kommune"), Map.entry("791", "Viborg Kommune"),
      Map.entry("813", "Frederikshavn Kommune"), Map.entry("820", "Vesthimmerlands Kommune"),
      Map.entry("851", "Aalborg Kommune"), Map.entry("860", "Hjørring Kommune"));

  /** Region, its big hospital and the hospitals' patient record system, by the first digit(s) of the kommunekode. */
  private record Region(String name, String hospital, String system) {}

  private static final Region HOVEDSTADEN = new Region("Region Hovedstaden", "Rigshospitalet", "Sundhedsplatformen");
  private static final Region SJAELLAND = new Region("Region Sjælland", "Sjællands Universitetshospital",
      "Sundhedsplatformen");
  private static final Region SYDDANMARK = new Region("Region Syddanmark", "Odense Universitetshospital", "COSMIC");
  private static final Region MIDTJYLLAND = new Region("Region Midtjylland", "Aarhus Universitetshospital", "MidtEPJ");
  private static final Region NORDJYLLAND = new Region("Region Nordjylland", "Aalborg Universitetshospital",
      "Clinical Suite");

  /**
   * The kinds of access this person meets, with weights.
   *
   * @param day the day their age is taken on
   * @param parentOfMinor whether they have a child under 18 (child benefit)
   * @param representative whether someone holds a power of attorney from them and uses it on borger.dk
   */
  static List<Weighted> forPerson(Person person, LocalDate day, boolean parentOfMinor, boolean representative) {
    int age = Period.between(person.persondata().foedselsdato(), day).getYears();
    String kommunekode = person.adresse() != null && person.adresse().aktuelAdresse() != null
        ? person.adresse().aktuelAdresse().kommunekode() : "101";
    Organisation municipality = org(MUNICIPALITIES.getOrDefault(kommunekode, "Københavns Kommune"));
    Region region = region(kommunekode);
    Organisation hospital = org(region.hospital() + ", " + region.name());
    String town = person.adresse() != null && person.adresse().aktuelAdresse() != null
        ? person.adresse().aktuelAdresse().postdistrikt() : "København K";
    Organisation doctor = org("Lægerne " + town);
    boolean digitalPost = person.persondata().tilmeldtDigitalpost();

    List<Weighted> kinds = new ArrayList<>();
    kinds.add(w(90, employee(doctor, "Praktiserende læge", true, "Lægepraksissystem", AccessPurpose.HEALTH_CARE,
        HEALTH_LAW, List.of(HEALTH), READ, READ, CREATE, UPDATE)));
    kinds.add(w(age >= 67 ? 110 : 60, employee(hospital, "Læge", true, region.system(), AccessPurpose.HEALTH_CARE,
        HEALTH_LAW, List.of(HEALTH, CPR_BASIC), READ, READ, READ, CREATE, UPDATE, PRINT)));
    kinds.add(w(40, employee(hospital, "Sygeplejerske", true, region.system(), AccessPurpose.HEALTH_CARE,
        HEALTH_LAW, List.of(HEALTH), READ, READ, UPDATE)));
    kinds.add(w(45, employee(municipality, "Borgerservicemedarbejder", true, "KMD Borgerservice",
        AccessPurpose.CITIZEN_INQUIRY, SERVICE, List.of(CPR_BASIC, ADDRESS), READ)));
    kinds.add(w(8, system(CPR_KONTORET, "Registrering", "CPR", AccessPurpose.CASE_PROCESSING, CPR_LAW,
        List.of(CPR_BASIC, ADDRESS), UPDATE)));
    kinds.add(w(5, new AccessKind(ActorType.EMPLOYEE, RIGSPOLITIET, "Politiassistent", false, "POLSAS",
        AccessPurpose.INVESTIGATION, POLICE, List.of(CPR_BASIC, ADDRESS), List.of(READ), false)));
    kinds.add(w(1, new AccessKind(ActorType.EMPLOYEE, PET, "Analytiker", false, "PET sagssystem",
        AccessPurpose.INVESTIGATION, PET_LAW, List.of(CPR_BASIC), List.of(READ), false)));
    if (age < 18) {
      kinds.add(w(150, system(UDBETALING_DANMARK, "Kvartalsvis udbetaling", "Familieydelsessystemet",
          AccessPurpose.PAYMENT, CHILD_BENEFIT, List.of(CPR_BASIC, FAMILY_RELATIONS), READ)));
      kinds.add(w(80, employee(municipality, "Sundhedsplejerske", true, "Børnejournal (Novax)",
          AccessPurpose.HEALTH_CARE, HEALTH_LAW, List.of(HEALTH, FAMILY_RELATIONS), READ, CREATE, UPDATE)));
      return kinds;
    }
    kinds.add(w(170, system(SKATTESTYRELSEN, "Automatisk indberetning", "eIndkomst", AccessPurpose.TAX_ASSESSMENT,
        TAX_ASSESSMENT, List.of(INCOME, TAX), READ, READ, READ, UPDATE)));
    kinds.add(w(35, new AccessKind(ActorType.EMPLOYEE, SKATTESTYRELSEN, "Skattemedarbejder", true,
        "Skatteforvaltningens sagssystem", AccessPurpose.CONTROL, TAX_CONTROL, List.of(INCOME, TAX),
        List.of(READ, READ, UPDATE), false)));
    kinds.add(w(40, new AccessKind(ActorType.CITIZEN, SUNDHEDSDATASTYRELSEN, "Borger", false, "sundhed.dk",
        AccessPurpose.SELF_SERVICE, INSIGHT, List.of(HEALTH), List.of(READ), false)));
    if (digitalPost) {
      kinds.add(w(150, system(DIGITALISERINGSSTYRELSEN, "Forsendelse", "Digital Post (NgDP)",
          AccessPurpose.DIGITAL_POST_DELIVERY, DIGITAL_POST_LAW, List.of(DIGITAL_POST, CPR_BASIC), SEND)));
      kinds.add(w(80, selfService()));
    }
    if (representative) {
      kinds.add(w(60, new AccessKind(ActorType.CITIZEN, DIGITALISERINGSSTYRELSEN, "Fuldmagtshaver", false,
          "borger.dk", AccessPurpose.SELF_SERVICE, INSIGHT_BY_POWER, List.of(CPR_BASIC, DIGITAL_POST, BENEFITS, CASES),
          List.of(READ), true)));
    }
    if (parentOfMinor && age < 67) {
      kinds.add(w(60, system(UDBETALING_DANMARK, "Kvartalsvis udbetaling", "Familieydelsessystemet",
          AccessPurpose.PAYMENT, CHILD_BENEFIT, List.of(FAMILY_RELATIONS, INCOME, BENEFITS), READ)));
    }
    if (age < 67) {
      kinds.add(w(40, employee(municipality, "Jobkonsulent", true, "Jobcentersystem", AccessPurpose.CASE_PROCESSING,
          SOCIAL, List.of(CASES, INCOME), READ, READ, UPDATE, CREATE)));
      return kinds;
    }
    kinds.add(w(200, system(UDBETALING_DANMARK, "Månedlig pensionsberegning", "Pensionssystemet",
        AccessPurpose.PAYMENT, PENSION, List.of(CPR_BASIC, INCOME, BENEFITS), READ)));
    kinds.add(w(50, employee(UDBETALING_DANMARK, "Sagsbehandler, Pension", true, "Pensionssystemet",
        AccessPurpose.CASE_PROCESSING, PENSION, List.of(BENEFITS, INCOME, CASES), READ, READ, UPDATE, PRINT)));
    kinds.add(w(40, system(ATP, "Månedlig udbetaling", "ATP Livslang Pension", AccessPurpose.PAYMENT, ATP_LAW,
        List.of(CPR_BASIC, BENEFITS), READ)));
    kinds.add(w(50, employee(municipality, "Visitator, Ældre og Sundhed", true, "Nexus", AccessPurpose.CASE_PROCESSING,
        SOCIAL, List.of(HEALTH, CASES, ADDRESS), READ, READ, UPDATE, CREATE)));
    String civil = person.persondata().civilstand() == null ? "U" : person.persondata().civilstand().civilstandKode();
    if (!"G".equals(civil) && !"P".equals(civil)) {
      kinds.add(w(40, system(UDBETALING_DANMARK, "Månedlig beregning", "Boligstøttesystemet", AccessPurpose.PAYMENT,
          HOUSING, List.of(INCOME, ADDRESS, BENEFITS), READ)));
    }
    return kinds;
  }

  /** The citizen on borger.dk: what representatives fall back to outside their power's validity. */
  static AccessKind selfService() {
    return new AccessKind(ActorType.CITIZEN, DIGITALISERINGSSTYRELSEN, "Borger", false, "borger.dk",
        AccessPurpose.SELF_SERVICE, INSIGHT, List.of(CPR_BASIC, ADDRESS, DIGITAL_POST, BENEFITS), List.of(READ), false);
  }

  private static Region region(String kommunekode) {
    int code = Integer.parseInt(kommunekode);
    if (code == 259 || code == 265 || (code >= 300 && code < 400)) {
      return SJAELLAND;
    }
    if (code < 300 || code == 400) {
      return HOVEDSTADEN;
    }
    if (code == 615 || (code >= 650 && code < 800 && code != 787)) {
      return MIDTJYLLAND;
    }
    if (code == 787 || code >= 800) {
      return NORDJYLLAND;
    }
    return SYDDANMARK;
  }

  private static Weighted w(int weight, AccessKind kind) {
    return new Weighted(kind, weight);
  }

  private static AccessKind employee(Organisation org, String role, boolean namesShown, String system,
      AccessPurpose purpose, LegalBasis basis, List<DataCategory> categories, AccessAction... actions) {
    return new AccessKind(ActorType.EMPLOYEE, org, role, namesShown, system, purpose, basis, categories,
        List.of(actions), false);
  }

  private static AccessKind system(Organisation org, String role, String system, AccessPurpose purpose,
      LegalBasis basis, List<DataCategory> categories, AccessAction... actions) {
    return new AccessKind(ActorType.SYSTEM, org, role, false, system, purpose, basis, categories, List.of(actions),
        false);
  }

  static Organisation org(String name) {
    return new Organisation(name, Cvr.fictitious(name));
  }
}
