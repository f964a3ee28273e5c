package dk.workbench.sandbox.cpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.Kontaktoplysninger;
import dk.workbench.contracts.cpr.Kontaktoplysninger.Telefonnummer;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.PersonCandidate;
import dk.workbench.contracts.cpr.PersonSearchResult;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.contracts.problem.Problem;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.population.Population;
import dk.workbench.sandbox.testing.Http;
import dk.workbench.sandbox.testing.Populations;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The person search and the contact sub-resource, over real HTTP on loopback. */
class PersonSearchTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();

  private static Population population;
  private static SandboxServer server;
  private static Http caseworker;
  private static Http agent;

  @BeforeAll
  static void start() {
    population = Populations.defaultSeed();
    server = SandboxServer.start(SandboxConfig.defaults(), population);
    caseworker = Http.staff(server.baseUrl(), "CASEWORKER");
    agent = Http.staff(server.baseUrl(), "CALL_AGENT");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theFullNameAndBirthDateFindThePerson() throws IOException {
    Person person = someone(p -> p.persondata().navn().mellemnavn() != null);

    PersonSearchResult result = byName(caseworker, person.persondata().navn().fuldtNavn(), person);

    assertThat(cprs(result)).contains(person.personnummer());
    PersonCandidate candidate = candidate(result, person);
    assertThat(candidate.navn()).isEqualTo(person.persondata().navn());
    assertThat(candidate.foedselsdato()).isEqualTo(person.persondata().foedselsdato());
    assertThat(candidate.status()).isEqualTo(person.persondata().status());
    assertThat(result.total()).isEqualTo(result.candidates().size());
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void firstAndLastNameFindThePersonWhateverTheMiddleNamesAndOrder() throws IOException {
    Person person = someone(p -> p.persondata().navn().mellemnavn() != null);
    Persondata.Navn navn = person.persondata().navn();
    String first = navn.fornavn().split(" ")[0];

    assertThat(cprs(byName(caseworker, first + " " + navn.efternavn(), person))).contains(person.personnummer());
    assertThat(cprs(byName(caseworker, navn.efternavn() + ", " + first, person))).contains(person.personnummer());
    assertThat(cprs(byName(caseworker, navn.mellemnavn() + " " + first, person))).contains(person.personnummer());
    assertThat(cprs(byName(caseworker, first + " Ingensteds", person))).doesNotContain(person.personnummer());
  }

  @Test
  void aDoubleSurnameMatchesOnAnyPart() throws IOException {
    Person person = someone(p -> p.persondata().navn().efternavn().contains("-"));
    String[] parts = person.persondata().navn().efternavn().split("-");
    String first = person.persondata().navn().fornavn().split(" ")[0];

    for (String query : List.of(first + " " + parts[0], first + " " + parts[1], first + " " + parts[0] + " " + parts[1],
        first + " " + parts[0] + "-" + parts[1])) {
      assertThat(cprs(byName(caseworker, query, person))).as(query).contains(person.personnummer());
    }
  }

  @Test
  void caseAndDiacriticsDoNotCountButTheDanishLettersDo() throws IOException {
    Person withOe = someone(p -> p.persondata().navn().efternavn().equals("Sørensen"));
    Person withAa = someone(p -> p.persondata().navn().fuldtNavn().contains("å")
        || p.persondata().navn().fuldtNavn().contains("Å"));

    String first = withOe.persondata().navn().fornavn().split(" ")[0];
    assertThat(cprs(byName(caseworker, first.toUpperCase() + " SOERENSEN", withOe))).contains(withOe.personnummer());
    assertThat(cprs(byName(caseworker, first + " Sörensen", withOe))).contains(withOe.personnummer());
    assertThat(cprs(byName(caseworker, first + " Sorensen", withOe))).doesNotContain(withOe.personnummer());
    String spelledAa = withAa.persondata().navn().fuldtNavn().replace("å", "aa").replace("Å", "Aa");
    assertThat(cprs(byName(caseworker, spelledAa, withAa))).contains(withAa.personnummer());
    String accented = withAa.persondata().navn().fuldtNavn().replace("e", "é");
    assertThat(cprs(byName(caseworker, accented, withAa))).contains(withAa.personnummer());
  }

  @Test
  void everyMatchIsACandidateNeverASilentPick() throws IOException {
    Map<String, List<Person>> byDateAndSurname = population.persons().stream().collect(Collectors.groupingBy(
        p -> p.persondata().foedselsdato() + " " + p.persondata().navn().efternavn()));
    List<Person> namesakes = byDateAndSurname.values().stream().filter(l -> l.size() > 1).findFirst().orElseThrow();
    Person one = namesakes.get(0);

    PersonSearchResult result = byName(caseworker, one.persondata().navn().efternavn(), one);

    assertThat(cprs(result)).containsAll(namesakes.stream().map(Person::personnummer).toList());
    assertThat(result.total()).isEqualTo(result.candidates().size()).isGreaterThan(1);
  }

  @Test
  void moreThanTheCapAreTruncatedWithTheTotal() {
    PersonSearch search = new PersonSearch(population, new PhoneBook(population), 1);
    Map<String, List<Person>> byDateAndSurname = population.persons().stream().collect(Collectors.groupingBy(
        p -> p.persondata().foedselsdato() + " " + p.persondata().navn().efternavn()));
    List<Person> namesakes = byDateAndSurname.values().stream().filter(l -> l.size() > 1).findFirst().orElseThrow();
    Person one = namesakes.get(0);

    PersonSearchResult result = search.byName(DanishNames.tokens(one.persondata().navn().efternavn()),
        one.persondata().foedselsdato(), true);

    assertThat(result.candidates()).hasSize(1);
    assertThat(result.total()).isEqualTo(namesakes.size());
    assertThat(result.truncated()).isTrue();
  }

  @Test
  void aProtectedAddressIsWithheldFromCandidatesUnlessTheRoleMayReadIt() throws IOException {
    Person hidden = population.find(archetype("protected-address")).orElseThrow();

    PersonCandidate forAgent = candidate(byName(agent, hidden.persondata().navn().fuldtNavn(), hidden), hidden);
    PersonCandidate forCaseworker = candidate(byName(caseworker, hidden.persondata().navn().fuldtNavn(), hidden), hidden);

    assertThat(forAgent.adressebeskyttet()).isTrue();
    assertThat(forAgent.aktuelAdresse()).isNull();
    assertThat(forCaseworker.adressebeskyttet()).isTrue();
    assertThat(forCaseworker.aktuelAdresse()).isEqualTo(hidden.adresse().aktuelAdresse());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      +45 %s %s %s %s
      0045-%s%s-%s%s
      %s/%s/%s/%s
      (+45) %s%s %s%s
      %s.%s.%s.%s
      45%s%s%s%s
      """)
  void aMobileNumberWrittenAnyUsualWayFindsItsOwner(String format) throws IOException {
    Person person = someone(p -> mobile(p) != null);
    String n = mobile(person);
    String written = String.format(format, n.substring(0, 2), n.substring(2, 4), n.substring(4, 6), n.substring(6));

    PersonSearchResult result = byPhone(caseworker, written);

    assertThat(cprs(result)).containsExactly(person.personnummer());
  }

  @Test
  void aLandlineFindsEveryAdultOfTheHousehold() throws IOException {
    Map<String, Set<String>> landlines = new HashMap<>();
    for (Person p : population.persons()) {
      for (Telefonnummer t : contact(p).telefonnumre()) {
        if (t.type().equals(Telefonnummer.FASTNET)) {
          landlines.computeIfAbsent(t.nummer(), k -> new HashSet<>()).add(p.personnummer());
        }
      }
    }
    Map.Entry<String, Set<String>> shared = landlines.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .findFirst().orElseThrow();

    assertThat(Set.copyOf(cprs(byPhone(caseworker, shared.getKey())))).isEqualTo(shared.getValue());
    assertThat(landlines.size()).isGreaterThan(population.size() / 20);
  }

  @Test
  void phoneNumbersAreDanishUniquePerMobileAndTheSameForTheSameSeed() {
    PhoneBook again = new PhoneBook(Population.generate(population.seed()));
    Set<String> mobiles = new HashSet<>();
    int withMobile = 0;
    for (Person p : population.persons()) {
      Kontaktoplysninger contact = contact(p);
      assertThat(again.of(p.personnummer())).isEqualTo(contact);
      for (Telefonnummer t : contact.telefonnumre()) {
        assertThat(t.nummer()).matches("[2-9][0-9]{7}");
        if (t.type().equals(Telefonnummer.MOBIL)) {
          assertThat(mobiles.add(t.nummer())).as("unique mobile").isTrue();
          withMobile++;
        }
      }
    }
    assertThat(withMobile).isGreaterThan(population.size() / 2);
  }

  @Test
  void theContactSubResourceServesTheNumbersAndProtectsProtectedPersons() throws IOException {
    Person person = someone(p -> mobile(p) != null && p.persondata().adressebeskyttelse() == null);
    String hidden = archetype("protected-address");

    HttpResponse<String> contact = agent.get("cpr/v1/persons/" + person.personnummer() + "/kontakt");

    assertThat(contact.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readValue(contact.body(), Kontaktoplysninger.class)).isEqualTo(contact(person));
    assertThat(agent.get("cpr/v1/persons/" + hidden + "/kontakt").statusCode()).isEqualTo(403);
    assertThat(caseworker.get("cpr/v1/persons/" + hidden + "/kontakt").statusCode()).isEqualTo(200);
    assertThat(caseworker.get("cpr/v1/persons/0101010000/kontakt").statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ''                                             | Search by 'navn' and 'foedselsdato' (yyyy-mm-dd), or by 'telefon'.
      navn=Karen%20Hansen                            | Query parameter 'foedselsdato' is needed with 'navn'
      foedselsdato=1961-07-07                        | Query parameter 'navn' is needed with 'foedselsdato'
      navn=Karen&foedselsdato=7.%20juli%201961       | Query parameter 'foedselsdato' must be a date written yyyy-mm-dd.
      navn=...%20--&foedselsdato=1961-07-07          | Query parameter 'navn' must hold one to 10 names made of letters.
      telefon=2012345                                | Query parameter 'telefon' must be a Danish phone number
      telefon=%2B46%2020123456                       | Query parameter 'telefon' must be a Danish phone number
      telefon=20123456&navn=Karen                    | Search either by 'telefon' or by 'navn' and 'foedselsdato', not by both.
      navn=&telefon=                                 | Search by 'navn' and 'foedselsdato' (yyyy-mm-dd), or by 'telefon'.
      """)
  void unusableSearchesAre400WithAReasonAndWithoutTheValues(String query, String reason) throws IOException {
    HttpResponse<String> response = caseworker.get("cpr/v1/persons?" + query);

    assertThat(response.statusCode()).isEqualTo(400);
    Problem problem = MAPPER.readValue(response.body(), Problem.class);
    assertThat(problem.detail()).startsWith(reason);
    assertThat(problem.instance()).isEqualTo("/cpr/v1/persons");
    assertThat(response.body()).doesNotContain("Karen").doesNotContain("2012345").doesNotContain("1961");
  }

  @Test
  void searchingNeedsAToken() {
    assertThat(new Http(server.baseUrl()).get("cpr/v1/persons?telefon=20123456").statusCode()).isEqualTo(401);
  }

  private static PersonSearchResult byName(Http http, String name, Person bornLike) throws IOException {
    HttpResponse<String> response = http.get("cpr/v1/persons?navn=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "&foedselsdato=" + bornLike.persondata().foedselsdato());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return MAPPER.readValue(response.body(), PersonSearchResult.class);
  }

  private static PersonSearchResult byPhone(Http http, String number) throws IOException {
    HttpResponse<String> response = http.get("cpr/v1/persons?telefon=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return MAPPER.readValue(response.body(), PersonSearchResult.class);
  }

  private static List<String> cprs(PersonSearchResult result) {
    return result.candidates().stream().map(PersonCandidate::personnummer).toList();
  }

  private static PersonCandidate candidate(PersonSearchResult result, Person person) {
    return result.candidates().stream().filter(c -> c.personnummer().equals(person.personnummer())).findFirst()
        .orElseThrow();
  }

  private static Person someone(Predicate<Person> which) {
    return population.persons().stream().filter(which).findFirst().orElseThrow();
  }

  private static Kontaktoplysninger contact(Person p) {
    return PhoneBookHolder.BOOK.of(p.personnummer());
  }

  private static String mobile(Person p) {
    return contact(p).telefonnumre().stream().filter(t -> t.type().equals(Telefonnummer.MOBIL))
        .map(Telefonnummer::nummer).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static String archetype(String id) {
    return population.archetypes().stream().filter(e -> e.archetype().equals(id)).findFirst().orElseThrow().cpr();
  }

  private static final class PhoneBookHolder {
    static final PhoneBook BOOK = new PhoneBook(Populations.defaultSeed());
  }
}
