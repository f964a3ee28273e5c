package dk.workbench.sandbox.digitalpost;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Who sends Danish citizens Digital Post and about what: the national authorities, the
 * citizen's own municipality (from {@code kommunekode}) with its region and hospitals, and
 * the titles their letters carry, weighted by life stage. CVR numbers are illustrative, not
 * the authorities' real ones.
 */
final class PostCatalogue {
  private PostCatalogue() {}

  /** A sender as MeMo names it: label and CVR number. */
  record Authority(String name, String cvr) {}

  /** A municipality and the region it lies in. */
  record Municipality(String code, String name, String region) {}

  enum Stage { YOUNG, ADULT, PENSIONER }

  /**
   * A kind of letter. {@code title} may hold {year}, {prevYear}, {nextYear} (of the day it is
   * sent) and {kommune}.
   */
  record Topic(SenderKind sender, String title, String fileName, int young, int adult, int pensioner,
      boolean legal, int replyDays, List<String> enclosures) {
    int weight(Stage stage) {
      return switch (stage) {
        case YOUNG -> young;
        case ADULT -> adult;
        case PENSIONER -> pensioner;
      };
    }
  }

  enum SenderKind { UDBETALING_DANMARK, SKATTESTYRELSEN, VURDERINGSSTYRELSEN, GAELDSSTYRELSEN, KOMMUNE, REGION,
    HOSPITAL, POLITIET, FAERDSELSSTYRELSEN, STATENS_SERUM_INSTITUT, ATP }

  static final Map<SenderKind, Authority> NATIONAL = Map.of(
      SenderKind.UDBETALING_DANMARK, new Authority("Udbetaling Danmark", "19435075"),
      SenderKind.SKATTESTYRELSEN, new Authority("Skattestyrelsen", "43448521"),
      SenderKind.VURDERINGSSTYRELSEN, new Authority("Vurderingsstyrelsen", "43448548"),
      SenderKind.GAELDSSTYRELSEN, new Authority("Gældsstyrelsen", "43448556"),
      SenderKind.POLITIET, new Authority("Politiet", "56620118"),
      SenderKind.FAERDSELSSTYRELSEN, new Authority("Færdselsstyrelsen", "43265257"),
      SenderKind.STATENS_SERUM_INSTITUT, new Authority("Statens Serum Institut", "46837428"),
      SenderKind.ATP, new Authority("ATP Livslang Pension", "43405810"));

  private static final String COMPLAINT = "Klagevejledning";

  static final List<Topic> TOPICS = List.of(
      new Topic(SenderKind.UDBETALING_DANMARK, "Afgørelse om boligstøtte", "Afgoerelse_boligstoette", 2, 3, 4, true, 0,
          List.of(COMPLAINT)),
      new Topic(SenderKind.UDBETALING_DANMARK, "Boligstøtte: årsopgørelse for {prevYear}", "Aarsopgoerelse_boligstoette",
          1, 2, 3, false, 0, List.of()),
      new Topic(SenderKind.UDBETALING_DANMARK, "Partshøring om din boligstøtte", "Partshoering", 0, 1, 2, true, 14,
          List.of()),
      new Topic(SenderKind.UDBETALING_DANMARK, "Din folkepension fra 1. januar {year}", "Folkepension_satser", 0, 0, 6,
          false, 0, List.of()),
      new Topic(SenderKind.UDBETALING_DANMARK, "Afgørelse om folkepension", "Afgoerelse_folkepension", 0, 0, 2, true, 0,
          List.of(COMPLAINT, "Beregning af din pension")),
      new Topic(SenderKind.UDBETALING_DANMARK, "Børne- og ungeydelse for {year}", "Boerne_og_ungeydelse", 0, 4, 0,
          false, 0, List.of()),
      new Topic(SenderKind.UDBETALING_DANMARK, "Kvittering for din ansøgning", "Kvittering", 1, 2, 2, false, 0,
          List.of()),
      new Topic(SenderKind.UDBETALING_DANMARK, "Afgørelse om varmetillæg", "Afgoerelse_varmetillaeg", 0, 0, 2, true, 0,
          List.of(COMPLAINT)),
      new Topic(SenderKind.SKATTESTYRELSEN, "Din årsopgørelse for {prevYear} er klar", "Aarsopgoerelse", 4, 5, 5, false,
          0, List.of()),
      new Topic(SenderKind.SKATTESTYRELSEN, "Din forskudsopgørelse for {nextYear}", "Forskudsopgoerelse", 3, 4, 4,
          false, 0, List.of()),
      new Topic(SenderKind.SKATTESTYRELSEN, "Ændring af din forskudsopgørelse", "Aendret_forskudsopgoerelse", 1, 2, 1,
          false, 0, List.of()),
      new Topic(SenderKind.SKATTESTYRELSEN, "Du skal betale restskat for {prevYear}", "Restskat", 1, 1, 1, true, 30,
          List.of("Sådan betaler du")),
      new Topic(SenderKind.VURDERINGSSTYRELSEN, "Din foreløbige ejendomsvurdering", "Ejendomsvurdering", 0, 1, 1, false,
          0, List.of()),
      new Topic(SenderKind.GAELDSSTYRELSEN, "Besked om modregning", "Modregning", 1, 1, 0, true, 0, List.of(COMPLAINT)),
      new Topic(SenderKind.KOMMUNE, "Indkaldelse til samtale i Jobcenter {kommune}", "Indkaldelse_jobcenter", 3, 2, 0,
          false, 7, List.of()),
      new Topic(SenderKind.KOMMUNE, "Ejendomsskattebillet {year}", "Ejendomsskattebillet", 0, 1, 2, false, 0,
          List.of()),
      new Topic(SenderKind.KOMMUNE, "Afgørelse om hjemmehjælp", "Afgoerelse_hjemmehjaelp", 0, 0, 3, true, 0,
          List.of(COMPLAINT)),
      new Topic(SenderKind.KOMMUNE, "Bekræftelse af din flytning", "Flytning", 1, 1, 0, false, 0, List.of()),
      new Topic(SenderKind.KOMMUNE, "Tilbud om forebyggende hjemmebesøg", "Forebyggende_hjemmebesoeg", 0, 0, 3, false,
          14, List.of()),
      new Topic(SenderKind.KOMMUNE, "Tilbud om plads i dagtilbud", "Pladsanvisning", 0, 2, 0, false, 14,
          List.of("Praktiske oplysninger")),
      new Topic(SenderKind.KOMMUNE, "Affaldsgebyr {year}", "Affaldsgebyr", 0, 1, 1, false, 0, List.of()),
      new Topic(SenderKind.REGION, "Invitation til screening for tarmkræft", "Screening_tarmkraeft", 0, 1, 2, false, 0,
          List.of("Vejledning til prøvetagning")),
      new Topic(SenderKind.REGION, "Invitation til brystkræftscreening", "Screening_brystkraeft", 0, 1, 1, false, 0,
          List.of()),
      new Topic(SenderKind.HOSPITAL, "Indkaldelse til ambulant undersøgelse", "Indkaldelse", 1, 2, 4, false, 0,
          List.of("Praktisk information")),
      new Topic(SenderKind.HOSPITAL, "Svar på din henvisning", "Henvisning", 1, 1, 2, false, 0, List.of()),
      new Topic(SenderKind.HOSPITAL, "Ændret tid til undersøgelse", "Aendret_tid", 0, 1, 2, false, 0, List.of()),
      new Topic(SenderKind.POLITIET, "Dit pas udløber snart", "Pas", 1, 1, 1, false, 0, List.of()),
      new Topic(SenderKind.FAERDSELSSTYRELSEN, "Dit kørekort skal fornyes", "Koerekort", 0, 1, 2, false, 0, List.of()),
      new Topic(SenderKind.STATENS_SERUM_INSTITUT, "Tilbud om vaccination mod influenza og covid-19", "Vaccination", 0,
          0, 3, false, 0, List.of()),
      new Topic(SenderKind.STATENS_SERUM_INSTITUT, "Påmindelse om børnevaccination", "Boernevaccination", 0, 1, 0,
          false, 0, List.of()),
      new Topic(SenderKind.ATP, "Din pensionsoversigt", "Pensionsoversigt", 0, 1, 2, false, 0, List.of()));

  private static final Map<String, List<String>> HOSPITALS = Map.of(
      "Hovedstaden", List.of("Rigshospitalet", "Herlev og Gentofte Hospital", "Bispebjerg og Frederiksberg Hospital"),
      "Sjælland", List.of("Sjællands Universitetshospital", "Holbæk Sygehus", "Slagelse Sygehus"),
      "Syddanmark", List.of("Odense Universitetshospital", "Sygehus Lillebælt", "Sydvestjysk Sygehus"),
      "Midtjylland", List.of("Aarhus Universitetshospital", "Regionshospitalet Gødstrup", "Regionshospitalet Randers"),
      "Nordjylland", List.of("Aalborg Universitetshospital", "Regionshospital Nordjylland"));

  private static final List<Municipality> MUNICIPALITIES = List.of(
      m("101", "Københavns", "Hovedstaden"), m("147", "Frederiksberg", "Hovedstaden"),
      m("157", "Gentofte", "Hovedstaden"), m("167", "Hvidovre", "Hovedstaden"),
      m("173", "Lyngby-Taarbæk", "Hovedstaden"), m("175", "Rødovre", "Hovedstaden"), m("183", "Ishøj", "Hovedstaden"),
      m("217", "Helsingør", "Hovedstaden"), m("219", "Hillerød", "Hovedstaden"), m("259", "Køge", "Sjælland"),
      m("265", "Roskilde", "Sjælland"), m("316", "Holbæk", "Sjælland"), m("326", "Kalundborg", "Sjælland"),
      m("330", "Slagelse", "Sjælland"), m("360", "Lolland", "Sjælland"), m("370", "Næstved", "Sjælland"),
      m("376", "Guldborgsund", "Sjælland"), m("400", "Bornholms Regions", "Hovedstaden"),
      m("410", "Middelfart", "Syddanmark"), m("430", "Faaborg-Midtfyn", "Syddanmark"), m("450", "Nyborg", "Syddanmark"),
      m("461", "Odense", "Syddanmark"), m("479", "Svendborg", "Syddanmark"), m("482", "Langeland", "Syddanmark"),
      m("492", "Ærø", "Syddanmark"), m("510", "Haderslev", "Syddanmark"), m("540", "Sønderborg", "Syddanmark"),
      m("550", "Tønder", "Syddanmark"), m("561", "Esbjerg", "Syddanmark"), m("563", "Fanø", "Syddanmark"),
      m("573", "Varde", "Syddanmark"), m("580", "Aabenraa", "Syddanmark"), m("607", "Fredericia", "Syddanmark"),
      m("615", "Horsens", "Midtjylland"), m("621", "Kolding", "Syddanmark"), m("630", "Vejle", "Syddanmark"),
      m("657", "Herning", "Midtjylland"), m("661", "Holstebro", "Midtjylland"), m("665", "Lemvig", "Midtjylland"),
      m("706", "Syddjurs", "Midtjylland"), m("707", "Norddjurs", "Midtjylland"), m("710", "Favrskov", "Midtjylland"),
      m("727", "Odder", "Midtjylland"), m("730", "Randers", "Midtjylland"), m("740", "Silkeborg", "Midtjylland"),
      m("746", "Skanderborg", "Midtjylland"), m("751", "Aarhus", "Midtjylland"), m("756", "Ikast-Brande", "Midtjylland"),
      m("760", "Ringkøbing-Skjern", "Midtjylland"), m("779", "Skive", "Midtjylland"), m("787", "Thisted", "Nordjylland"),
      m("791", "Viborg", "Midtjylland"), m("813", "Frederikshavn", "Nordjylland"),
      m("820", "Vesthimmerlands", "Nordjylland"), m("851", "Aalborg", "Nordjylland"),
      m("860", "Hjørring", "Nordjylland"));

  private static Municipality m(String code, String name, String region) {
    return new Municipality(code, name, region);
  }

  /** The municipality with this code; one drawn from the seed for an unknown code or none (no address). */
  static Municipality municipality(String kommunekode, SplittableRandom rng) {
    for (Municipality m : MUNICIPALITIES) {
      if (m.code().equals(kommunekode)) {
        return m;
      }
    }
    return MUNICIPALITIES.get(rng.nextInt(MUNICIPALITIES.size()));
  }

  /** "Aarhus Kommune", "Københavns Kommune", "Bornholms Regionskommune". */
  static Authority kommune(Municipality m) {
    String name = m.code().equals("400") ? "Bornholms Regionskommune" : m.name() + " Kommune";
    return new Authority(name, "29" + m.code() + "100");
  }

  static Authority region(Municipality m) {
    return new Authority("Region " + m.region(), "29190" + (100 + Math.abs(m.region().hashCode() % 900)));
  }

  static Authority hospital(Municipality m, SplittableRandom rng) {
    List<String> options = HOSPITALS.get(m.region());
    return new Authority(options.get(rng.nextInt(options.size())), region(m).cvr());
  }

  /** A topic drawn by the stage's weights. */
  static Topic topic(Stage stage, SplittableRandom rng) {
    int total = 0;
    for (Topic t : TOPICS) {
      total += t.weight(stage);
    }
    int pick = rng.nextInt(total);
    for (Topic t : TOPICS) {
      pick -= t.weight(stage);
      if (pick < 0) {
        return t;
      }
    }
    throw new IllegalStateException("weights changed while drawing");
  }
}
