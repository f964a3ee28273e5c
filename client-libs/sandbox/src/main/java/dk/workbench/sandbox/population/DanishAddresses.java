package dk.workbench.sandbox.population;

import dk.workbench.contracts.cpr.Adresse.AktuelAdresse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Plausible Danish addresses: real postcode and postdistrikt pairs with their municipality's
 * three-digit kommunekode, real-looking street names (the town's own streets where listed,
 * otherwise names found in almost every Danish town), house numbers, and floor and door for
 * flats ("2. tv"). Each call gives a new address, so no two households share one.
 */
final class DanishAddresses {

  /** A postcode area: its postdistrikt, the kommunekode of its municipality, and local streets. */
  record Postal(String postnummer, String postdistrikt, String kommunekode, int weight, int flatsPercent,
      List<String> streets) {}

  /** A dwelling, without the moving-in date (that belongs to each resident). */
  record Address(String vejnavn, String husnummer, String etage, String sidedoer, Postal postal) {

    String standardadresse() {
      StringBuilder b = new StringBuilder(vejnavn).append(' ').append(husnummer);
      if (etage != null) {
        b.append(", ").append(etage).append('.');
        if (sidedoer != null) {
          b.append(' ').append(sidedoer);
        }
      }
      return b.toString();
    }

    AktuelAdresse toAktuelAdresse(LocalDate tilflytningsdato) {
      return new AktuelAdresse(vejnavn, husnummer, etage, sidedoer, postal.postnummer(), postal.postdistrikt(),
          postal.kommunekode(), standardadresse(), tilflytningsdato);
    }
  }

  static final List<Postal> POSTALS = List.of(
      // Københavns Kommune (101) and Frederiksberg (147)
      new Postal("1360", "København K", "101", 3, 95, List.of(
          "Nørre Voldgade", "Gothersgade", "Store Kongensgade", "Bredgade", "Larsbjørnsstræde", "Studiestræde")),
      new Postal("1620", "København V", "101", 5, 95, List.of(
          "Vesterbrogade", "Istedgade", "Enghavevej", "Gasværksvej", "Valdemarsgade", "Vesterfælledvej")),
      new Postal("2100", "København Ø", "101", 8, 92, List.of(
          "Østerbrogade", "Nordre Frihavnsgade", "Strandboulevarden", "Classensgade", "Kastelsvej",
          "Willemoesgade", "Rosenvængets Allé", "Bryggervangen")),
      new Postal("2200", "København N", "101", 8, 95, List.of(
          "Nørrebrogade", "Jagtvej", "Blågårdsgade", "Guldbergsgade", "Rantzausgade", "Fælledvej",
          "Ravnsborggade", "Stefansgade")),
      new Postal("2300", "København S", "101", 7, 85, List.of(
          "Amagerbrogade", "Holmbladsgade", "Englandsvej", "Italiensvej", "Brigadevej", "Sundholmsvej")),
      new Postal("2400", "København NV", "101", 5, 85, List.of(
          "Frederikssundsvej", "Rentemestervej", "Bispebjerg Parkallé", "Utterslev Torv")),
      new Postal("2450", "København SV", "101", 3, 85, List.of(
          "Sydhavnsgade", "P. Knudsens Gade", "Borgbjergvej", "Mozarts Plads")),
      new Postal("2500", "Valby", "101", 5, 75, List.of(
          "Valby Langgade", "Toftegårds Allé", "Gammel Køge Landevej", "Vigerslev Allé")),
      new Postal("2700", "Brønshøj", "101", 3, 60, List.of("Frederikssundsvej", "Krabbesholmvej", "Brønshøjvej")),
      new Postal("2720", "Vanløse", "101", 3, 60, List.of("Jernbane Allé", "Ålekistevej", "Apollovej")),
      new Postal("2000", "Frederiksberg", "147", 7, 90, List.of(
          "Gammel Kongevej", "Falkoner Allé", "Godthåbsvej", "Frederiksberg Allé", "Smallegade", "Howitzvej")),
      // Hovedstaden, surroundings
      new Postal("2900", "Hellerup", "157", 3, 45, List.of("Strandvejen", "Hambros Allé", "Bernstorffsvej")),
      new Postal("2800", "Kongens Lyngby", "173", 3, 50, List.of("Lyngby Hovedgade", "Toftebæksvej", "Sorgenfrivej")),
      new Postal("2610", "Rødovre", "175", 3, 50, List.of("Rødovrevej", "Tårnvej", "Islevbrovej")),
      new Postal("2650", "Hvidovre", "167", 3, 45, List.of("Hvidovrevej", "Hvidovre Strandvej", "Avedøre Havnevej")),
      new Postal("2635", "Ishøj", "183", 2, 55, List.of("Ishøj Strandvej", "Vejleåparken", "Ishøj Stationsvej")),
      new Postal("3000", "Helsingør", "217", 3, 35, List.of("Stengade", "Kongevejen", "Bramstræde")),
      new Postal("3400", "Hillerød", "219", 3, 35, List.of("Slotsgade", "Helsingørsgade", "Frederiksværksgade")),
      new Postal("3700", "Rønne", "400", 2, 20, List.of("Store Torvegade", "Snellemark", "Søndergade")),
      // Sjælland
      new Postal("4000", "Roskilde", "265", 4, 35, List.of("Algade", "Skomagergade", "Køgevej", "Ringstedvej")),
      new Postal("4600", "Køge", "259", 3, 30, List.of("Nørregade", "Vestergade", "Brogade")),
      new Postal("4700", "Næstved", "370", 3, 30, List.of("Ringstedgade", "Jernbanegade", "Købmagergade")),
      new Postal("4200", "Slagelse", "330", 3, 30, List.of("Løvegade", "Jernbanegade", "Schweizerdalen")),
      new Postal("4300", "Holbæk", "316", 2, 25, List.of("Ahlgade", "Smedelundsgade", "Kalundborgvej")),
      new Postal("4400", "Kalundborg", "326", 2, 20, List.of("Kordilgade", "Skibbrogade", "Slagelsevej")),
      new Postal("4800", "Nykøbing F", "376", 2, 25, List.of("Jernbanegade", "Slotsbryggen", "Østergågade")),
      new Postal("4930", "Maribo", "360", 1, 15, List.of("Vestergade", "Østergade", "Suhrsgade")),
      // Fyn
      new Postal("5000", "Odense C", "461", 6, 75, List.of(
          "Kongensgade", "Overgade", "Thomas B. Thriges Gade", "Østre Stationsvej", "Vindegade", "Klosterbakken")),
      new Postal("5200", "Odense V", "461", 3, 30, List.of("Middelfartvej", "Åløkkevej", "Rugårdsvej")),
      new Postal("5220", "Odense SØ", "461", 3, 35, List.of("Nyborgvej", "Hjallesevej", "Campusvej")),
      new Postal("5230", "Odense M", "461", 3, 40, List.of("Munkebjergvej", "Nyborgvej", "Sønder Boulevard")),
      new Postal("5700", "Svendborg", "479", 2, 25, List.of("Gerritsgade", "Møllergade", "Brogade")),
      new Postal("5800", "Nyborg", "450", 2, 20, List.of("Nørregade", "Mellemgade", "Vestergade")),
      new Postal("5500", "Middelfart", "410", 2, 20, List.of("Algade", "Østergade", "Havnegade")),
      new Postal("5600", "Faaborg", "430", 1, 15, List.of("Østergade", "Mellemgade", "Strandgade")),
      new Postal("5900", "Rudkøbing", "482", 1, 10, List.of("Brogade", "Østergade", "Ringvejen")),
      new Postal("5970", "Ærøskøbing", "492", 1, 5, List.of("Vestergade", "Søndergade", "Smedegade")),
      // Syd- og Sønderjylland
      new Postal("6000", "Kolding", "621", 4, 35, List.of("Jernbanegade", "Låsbygade", "Helligkorsgade", "Haderslevvej")),
      new Postal("6100", "Haderslev", "510", 2, 25, List.of("Storegade", "Nørregade", "Jomfrustien")),
      new Postal("6200", "Aabenraa", "580", 2, 25, List.of("Storegade", "Nørreport", "Haderslevvej")),
      new Postal("6270", "Tønder", "550", 1, 15, List.of("Storegade", "Vestergade", "Østergade")),
      new Postal("6400", "Sønderborg", "540", 3, 30, List.of("Perlegade", "Jernbanegade", "Augustenborg Landevej")),
      new Postal("6700", "Esbjerg", "561", 5, 40, List.of(
          "Kongensgade", "Torvegade", "Skolegade", "Englandsgade", "Jyllandsgade", "Finsensgade")),
      new Postal("6710", "Esbjerg V", "561", 2, 15, List.of("Spangsbjerg Kirkevej", "Gl. Vardevej", "Sædding Strandvej")),
      new Postal("6720", "Fanø", "563", 1, 5, List.of("Hovedgaden", "Sønderho Landevej", "Strandvejen")),
      new Postal("6800", "Varde", "573", 2, 15, List.of("Storegade", "Vestergade", "Frisvadvej")),
      new Postal("7000", "Fredericia", "607", 3, 35, List.of("Gothersgade", "Prinsessegade", "Vendersgade")),
      new Postal("7100", "Vejle", "630", 4, 40, List.of("Dæmningen", "Nørrebrogade", "Boulevarden", "Vestre Engvej")),
      // Midt- og Vestjylland
      new Postal("7400", "Herning", "657", 3, 30, List.of("Bredgade", "Østergade", "Gullestrupvej")),
      new Postal("7430", "Ikast", "756", 2, 20, List.of("Strøget", "Vestergade", "Bøgildvej")),
      new Postal("7500", "Holstebro", "661", 2, 25, List.of("Nørregade", "Enghavevej", "Skivevej")),
      new Postal("7620", "Lemvig", "665", 1, 10, List.of("Østergade", "Vestergade", "Søgade")),
      new Postal("7700", "Thisted", "787", 2, 15, List.of("Storegade", "Vestergade", "Frederiksgade")),
      new Postal("7800", "Skive", "779", 2, 20, List.of("Adelgade", "Frederiksgade", "Viborgvej")),
      new Postal("6950", "Ringkøbing", "760", 1, 15, List.of("Østergade", "Vestergade", "Torvet")),
      // Østjylland
      new Postal("8000", "Aarhus C", "751", 8, 80, List.of(
          "Frederiksgade", "Jægergårdsgade", "Mejlgade", "Park Allé", "Ryesgade", "Guldsmedgade",
          "Vesterbrogade", "Nørre Allé", "Åboulevarden")),
      new Postal("8200", "Aarhus N", "751", 5, 60, List.of("Randersvej", "Trøjborgvej", "Finlandsgade", "Herningvej")),
      new Postal("8210", "Aarhus V", "751", 3, 45, List.of("Viborgvej", "Ringgaden", "Hasle Ringvej")),
      new Postal("8260", "Viby J", "751", 3, 35, List.of("Skanderborgvej", "Viby Torv", "Rosenhøj")),
      new Postal("8270", "Højbjerg", "751", 2, 30, List.of("Oddervej", "Holme Byvej", "Grøfthøjparken")),
      new Postal("8300", "Odder", "727", 1, 15, List.of("Rosensgade", "Nørregade", "Banegårdsgade")),
      new Postal("8370", "Hadsten", "710", 1, 15, List.of("Søndergade", "Østergade", "Nørregade")),
      new Postal("8400", "Ebeltoft", "706", 1, 10, List.of("Adelgade", "Jernbanegade", "Strandvejen")),
      new Postal("8500", "Grenaa", "707", 1, 15, List.of("Torvet", "Østergade", "Randersvej")),
      new Postal("8600", "Silkeborg", "740", 3, 30, List.of("Vestergade", "Borgergade", "Christian 8.s Vej")),
      new Postal("8660", "Skanderborg", "746", 2, 20, List.of("Adelgade", "Vestergade", "Højvangen")),
      new Postal("8700", "Horsens", "615", 3, 35, List.of("Søndergade", "Hospitalsgade", "Strandpromenaden")),
      new Postal("8800", "Viborg", "791", 3, 30, List.of("Sct. Mathias Gade", "Gravene", "Vesterbrogade")),
      new Postal("8900", "Randers C", "730", 3, 40, List.of("Østervold", "Vestergade", "Jernbanegade")),
      // Nordjylland
      new Postal("9000", "Aalborg", "851", 6, 70, List.of(
          "Boulevarden", "Vesterbro", "Danmarksgade", "Bispensgade", "Kastetvej", "Hasserisgade")),
      new Postal("9200", "Aalborg SV", "851", 2, 40, List.of("Hobrovej", "Nibevej", "Sønderbro")),
      new Postal("9220", "Aalborg Øst", "851", 2, 50, List.of("Humlebakken", "Fyrkildevej", "Kjærulfsvej")),
      new Postal("9400", "Nørresundby", "851", 2, 30, List.of("Vestergade", "Torvet", "Lindholmsvej")),
      new Postal("9600", "Aars", "820", 1, 10, List.of("Himmerlandsgade", "Jyllandsgade", "Vestergade")),
      new Postal("9800", "Hjørring", "860", 2, 25, List.of("Østergade", "Springvandspladsen", "Frederikshavnsvej")),
      new Postal("9900", "Frederikshavn", "813", 2, 25, List.of("Danmarksgade", "Søndergade", "Havnegade")));

  /** Street names found in almost every Danish town. */
  private static final List<String> COMMON_STREETS = List.of(
      "Vestergade", "Østergade", "Nørregade", "Søndergade", "Kirkevej", "Skolevej", "Møllevej", "Stationsvej",
      "Engvej", "Birkevej", "Egevej", "Bøgevej", "Ahornvej", "Lindevej", "Rosenvej", "Syrenvej",
      "Kastanievej", "Parkvej", "Skovvej", "Strandvej", "Havnegade", "Torvegade", "Bakkevej", "Åvej",
      "Solvænget", "Kløvervænget", "Fasanvej", "Mågevej", "Violvej", "Tjørnevej", "Granvej", "Hybenvej",
      "Elmevej", "Poppelvej", "Nyvej", "Jernbanegade", "Algade", "Storegade", "Markvej", "Højvangen",
      "Blomstervænget", "Lærkevej", "Fyrrevej", "Valmuevej", "Rønnebærvej", "Præstevej", "Grønnegade", "Langgade",
      "Toftevej", "Ørnevej", "Smedevej", "Bygaden", "Enghavevej", "Æblevej", "Hasselvej", "Gyvelvej");

  private static final String[] DOORS = {"tv", "th", "tv", "th", "mf"};

  private final Supplier<Random> random;
  private final int totalWeight;
  private final Set<String> used = new HashSet<>();

  /** @param random the generator's current random stream */
  DanishAddresses(Supplier<Random> random) {
    this.random = random;
    int total = 0;
    for (Postal p : POSTALS) {
      total += p.weight();
    }
    this.totalWeight = total;
  }

  /** A new address no other household has. */
  Address next() {
    Random rng = random.get();
    for (int attempt = 0; ; attempt++) {
      Postal postal = postal(rng);
      String street = postal.streets().isEmpty() || rng.nextInt(100) < 45
          ? DanishNames.pick(rng, COMMON_STREETS)
          : DanishNames.pick(rng, postal.streets());
      boolean flat = rng.nextInt(100) < postal.flatsPercent();
      int maxNumber = flat ? 140 : 80;
      String husnummer = Integer.toString(1 + rng.nextInt(maxNumber));
      if (rng.nextInt(100) < 6) {
        husnummer += (char) ('A' + rng.nextInt(3));
      }
      String etage = null;
      String door = null;
      if (flat) {
        int floor = rng.nextInt(flatsFloors(postal));
        etage = floor == 0 ? "st" : Integer.toString(floor);
        door = DOORS[rng.nextInt(DOORS.length)];
      }
      Address address = new Address(street, husnummer, etage, door, postal);
      if (used.add(postal.postnummer() + "|" + address.standardadresse())) {
        return address;
      }
      if (attempt > 1000) {
        throw new IllegalStateException("no free address left");
      }
    }
  }

  private Postal postal(Random rng) {
    int r = rng.nextInt(totalWeight);
    for (Postal p : POSTALS) {
      r -= p.weight();
      if (r < 0) {
        return p;
      }
    }
    return POSTALS.get(0);
  }

  private static int flatsFloors(Postal postal) {
    return postal.flatsPercent() >= 70 ? 6 : 4;
  }
}
