package dk.workbench.sandbox.population;

import java.util.List;
import java.util.Random;

/**
 * Plausible Danish names, with first names by generation (a child of 2020 is called Freja or
 * Noah, a pensioner Grethe or Knud) and surnames weighted roughly by how common they are.
 * Every name is synthetic in combination; none refers to a real person.
 */
final class DanishNames {
  private DanishNames() {}

  private static final List<String> FEMALE_OLD = List.of(
      "Kirsten", "Hanne", "Inge", "Grethe", "Else", "Birthe", "Ruth", "Jytte", "Bente", "Lis",
      "Karen", "Ingrid", "Ellen", "Gudrun", "Edith", "Ebba", "Tove", "Lise", "Gerda", "Dagmar",
      "Aase", "Åse", "Bodil", "Ester", "Inger", "Kamma", "Ulla", "Yvonne", "Solveig", "Thyra");

  private static final List<String> FEMALE_MID = List.of(
      "Anne", "Mette", "Susanne", "Helle", "Lene", "Pia", "Tina", "Gitte", "Charlotte", "Louise",
      "Camilla", "Maria", "Marianne", "Lone", "Dorthe", "Rikke", "Trine", "Heidi", "Malene", "Anja",
      "Stine", "Signe", "Line", "Sanne", "Tanja", "Vibeke", "Pernille", "Christina", "Katrine", "Bettina");

  private static final List<String> FEMALE_YOUNG = List.of(
      "Emma", "Ida", "Sofie", "Freja", "Clara", "Alma", "Ella", "Laura", "Anna", "Agnes",
      "Olivia", "Karla", "Josefine", "Mathilde", "Julie", "Caroline", "Cecilie", "Sara", "Nora", "Isabella",
      "Frida", "Asta", "Liva", "Lærke", "Sofia", "Esther", "Vigga", "Ronja", "Alberte", "Maja");

  private static final List<String> MALE_OLD = List.of(
      "Jens", "Hans", "Niels", "Poul", "Jørgen", "Erik", "Knud", "Svend", "Bent", "Ole",
      "Aage", "Arne", "Holger", "Preben", "Kaj", "Børge", "Egon", "Finn", "Leif", "Ejnar",
      "Verner", "Gunnar", "Harald", "Kurt", "Carl", "Palle", "Jørn", "Flemming", "Ib", "Gorm");

  private static final List<String> MALE_MID = List.of(
      "Peter", "Lars", "Michael", "Henrik", "Søren", "Thomas", "Jan", "Anders", "Morten", "Jesper",
      "Martin", "Brian", "Kim", "Torben", "Allan", "Claus", "Rasmus", "Christian", "Kenneth", "Jacob",
      "Carsten", "Bo", "Ulrik", "Kasper", "Mads", "Steffen", "Jakob", "Bjørn", "Kåre", "René");

  private static final List<String> MALE_YOUNG = List.of(
      "William", "Noah", "Oscar", "Lucas", "Victor", "Malthe", "Emil", "Alfred", "Frederik", "Magnus",
      "Oliver", "Aksel", "Valdemar", "Elias", "Arthur", "August", "Carl", "Anton", "Johan", "Felix",
      "Mikkel", "Sebastian", "Nikolaj", "Mathias", "Theo", "Storm", "Bertram", "Villads", "Otto", "Sigurd");

  private static final List<String> SECOND_FEMALE = List.of(
      "Marie", "Louise", "Sofie", "Kristine", "Margrethe", "Elisabeth", "Katrine", "Johanne", "Amalie", "Kirstine");

  private static final List<String> SECOND_MALE = List.of(
      "Christian", "Peter", "Henrik", "Emil", "Valdemar", "Frederik", "Johan", "Bjørn", "Aksel", "Erik");

  /** Danish mellemnavne: surname-like names carried between given names and surname. */
  private static final List<String> MIDDLE = List.of(
      "Holm", "Skov", "Lund", "Bach", "Dahl", "Juul", "Krogh", "Kjær", "Bech", "Brandt",
      "Vestergaard", "Østergaard", "Damgaard", "Lykke", "Munk", "Friis", "Grønbæk", "Nørgaard", "Bøgh", "Hvid",
      "Mølgaard", "Storm", "Aagaard", "Højgaard", "Bjerre", "Kirkegaard", "Rosenkilde", "Søgaard");

  /** Prefixes of double surnames such as Holm-Sørensen. */
  private static final List<String> DOUBLE_PREFIX = List.of(
      "Holm", "Skov", "Lund", "Bach", "Dahl", "Krogh", "Juul", "Friis", "Kjær", "Bech", "Munk", "Ravn", "Høj", "Lind");

  private static final String[] SURNAMES = {
      "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
      "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
      "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Jacobsen", "Mikkelsen",
      "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen", "Holm",
      "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Østergaard", "Jeppesen",
      "Vestergaard", "Nissen", "Lauridsen", "Kjær", "Jepsen", "Mogensen", "Nørgaard", "Jessen",
      "Søndergaard", "Bertelsen", "Nygaard", "Skov", "Dahl", "Bach", "Friis", "Krogh",
      "Lind", "Bøgh", "Kjærgaard", "Ravn", "Damgaard", "Thygesen", "Høj", "Brandt",
      "Bruun", "Ibsen", "Thorsen", "Wøhlk", "Aabye", "Yilmaz", "Hussein", "Nguyen", "Kowalski", "Ali"};

  /** Weights of {@link #SURNAMES}: the 20 most common names carry most of the population. */
  private static final int[] SURNAME_WEIGHTS = {
      250, 240, 210, 160, 180, 115, 110, 105,
      90, 85, 75, 62, 60, 50, 38, 36,
      32, 31, 30, 28, 25, 23, 20, 20,
      19, 19, 18, 18, 17, 17, 16, 16,
      15, 15, 14, 14, 13, 13, 13, 12,
      12, 12, 11, 11, 11, 10, 10, 10,
      10, 9, 9, 9, 9, 8, 8, 8,
      8, 7, 7, 7, 7, 6, 6, 6,
      6, 5, 5, 3, 3, 6, 4, 4, 4, 4};

  private static final int SURNAME_TOTAL;

  static {
    if (SURNAMES.length != SURNAME_WEIGHTS.length) {
      throw new IllegalStateException("surname weights out of step with surnames");
    }
    int total = 0;
    for (int w : SURNAME_WEIGHTS) {
      total += w;
    }
    SURNAME_TOTAL = total;
  }

  /** A given name (sometimes two, "Anne Marie"), in the fashion of the birth year. */
  static String givenName(Random rng, boolean male, int birthYear) {
    List<String> pool;
    if (birthYear < 1960) {
      pool = male ? MALE_OLD : FEMALE_OLD;
    } else if (birthYear < 1990) {
      pool = male ? MALE_MID : FEMALE_MID;
    } else {
      pool = male ? MALE_YOUNG : FEMALE_YOUNG;
    }
    String first = pick(rng, pool);
    if (rng.nextInt(100) < 18) {
      String second = pick(rng, male ? SECOND_MALE : SECOND_FEMALE);
      if (!second.equals(first)) {
        return first + " " + second;
      }
    }
    return first;
  }

  /** A surname: mostly the common -sen names, some others, a few double names like Holm-Sørensen. */
  static String surname(Random rng) {
    if (rng.nextInt(100) < 4) {
      String prefix = pick(rng, DOUBLE_PREFIX);
      String base = weightedSurname(rng);
      return base.equals(prefix) ? prefix + "-Jensen" : prefix + "-" + base;
    }
    return weightedSurname(rng);
  }

  static String middleName(Random rng) {
    return pick(rng, MIDDLE);
  }

  private static String weightedSurname(Random rng) {
    int r = rng.nextInt(SURNAME_TOTAL);
    for (int i = 0; i < SURNAMES.length; i++) {
      r -= SURNAME_WEIGHTS[i];
      if (r < 0) {
        return SURNAMES[i];
      }
    }
    return SURNAMES[0];
  }

  static <T> T pick(Random rng, List<T> list) {
    return list.get(rng.nextInt(list.size()));
  }
}
