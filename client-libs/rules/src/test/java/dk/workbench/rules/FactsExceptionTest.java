package dk.workbench.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad facts give a {@link FactsException} whose message names the field, never the value, never a stack trace. */
class FactsExceptionTest {
  private static final String PENSION = """
      { "benefit": "folkepension", "period": "2024-01",
        "person": { "birthDate": "1955-03-01", "civilStatus": "single", "partnerReceivesSocialPension": false,
                    "residenceYearsInDenmark": 40 },
        "incomes": [ { "owner": "self", "type": "atp", "annual": 23000, "source": "eIndkomst 2024-01" } ] }
      """;
  private static final String CHILD = """
      { "benefit": "boerne_ungeydelse", "period": "2023-Q1",
        "recipient": { "incomeBasis": 870000, "custody": "sole" },
        "children": [ { "birthDate": "2021-06-01" } ] }
      """;
  private static final String HOUSING = """
      { "benefit": "boligstoette", "period": "2026-01",
        "household": { "pensioner": true, "adults": 1, "children": 0, "annualRent": 72000,
                       "annualIncome": 250000, "netWealth": 0 } }
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      unknown benefit           | HOUSING | "boligstoette"               | "lottery"                 | benefit: unknown benefit
      missing benefit           | HOUSING | "benefit": "boligstoette",   | ~~                        | benefit: missing field
      missing field             | HOUSING | "annualRent": 72000,         | ~~                        | household.annualRent: missing field
      negative rent             | HOUSING | 72000                        | -5                        | household.annualRent: must not be negative
      rent of wrong type        | HOUSING | 72000                        | "72000"                   | household.annualRent: must be a number
      boolean of wrong type     | HOUSING | true                         | "yes"                     | household.pensioner: must be true or false
      fractional adults         | HOUSING | "adults": 1                  | "adults": 1.5             | household.adults: must be a whole number
      no adults                 | HOUSING | "adults": 1                  | "adults": 0               | household.adults: must be at least 1
      too many decimals         | HOUSING | 250000                       | 250000.125                | household.annualIncome: must have at most 2 decimals
      huge number               | HOUSING | 250000                       | 1e40                      | household.annualIncome: is too large
      unknown field             | HOUSING | "netWealth"                  | "networth"                | household.networth: unknown field
      month period              | HOUSING | 2026-01                      | 2026-13                   | period: must be a month like 2024-01
      quarter period            | CHILD   | 2023-Q1                      | 2023-Q5                   | period: must be a quarter like 2023-Q1
      impossible date           | PENSION | 1955-03-01                   | 1955-02-30                | person.birthDate: is not a valid calendar date
      malformed date            | PENSION | 1955-03-01                   | 01-03-1955                | person.birthDate: must be a date like 1955-03-01
      birth after period        | PENSION | 1955-03-01                   | 2024-02-01                | person.birthDate: must be before the period
      civil status              | PENSION | "single"                     | "widowed"                 | person.civilStatus: must be one of single, couple
      couple without partner    | PENSION | "single", "partnerReceivesSocialPension": false | "couple" | person.partnerReceivesSocialPension: missing field
      partner income for single | PENSION | "owner": "self"              | "owner": "partner"        | incomes[0].owner: partner income given but person.civilStatus is single
      negative atp              | PENSION | 23000                        | -23000                    | incomes[0].annual: must not be negative
      income type               | PENSION | "atp"                        | "lottery"                 | incomes[0].type: must be one of
      negative residence        | PENSION | "residenceYearsInDenmark": 40 | "residenceYearsInDenmark": -1 | person.residenceYearsInDenmark: must not be negative
      custody                   | CHILD   | "sole"                       | "weekends"                | recipient.custody: must be one of sole, shared
      child after period        | CHILD   | 2021-06-01                   | 2023-04-01                | children[0].birthDate: must not be after the period
      no children               | CHILD   | { "birthDate": "2021-06-01" } | ~~                       | children: must list at least one child
      negative income basis     | CHILD   | 870000                       | -1                        | recipient.incomeBasis: must not be negative
      not json                  | CHILD   | {                            | [[                        | facts: not valid JSON
      duplicate field           | CHILD   | "custody": "sole"            | "custody": "sole", "custody": "shared" | facts: duplicate field 'custody'
      """)
  void badFactsNameTheField(String kind, String base, String from, String to, String expected) {
    String facts = switch (base) {
      case "PENSION" -> PENSION;
      case "CHILD" -> CHILD;
      default -> HOUSING;
    };
    assertThat(facts).contains(from);
    FactsException e = catchThrowableOfType(() -> Facts.parse(facts.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to))), FactsException.class);

    assertThat(e).as(kind).isNotNull();
    assertThat(e.getMessage()).startsWith(expected);
    assertThat(e.getStackTrace()).isEmpty();
    assertThat(e.getMessage()).doesNotContain("Exception", "\tat ", "-5", "1955-02-30", "lottery", "weekends");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      empty text      |                    | facts: empty
      not an object   | [1, 2]             | facts: must be a JSON object
      plain text      | this is not json   | facts: not valid JSON
      """)
  void notFacts(String kind, String text, String expected) {
    FactsException e = catchThrowableOfType(() -> Facts.parse(text == null ? "" : text), FactsException.class);

    assertThat(e.getMessage()).as(kind).startsWith(expected);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("Explain.run reports bad compare facts with the prefix compare:")
  void compareFactsArePrefixed() {
    FactsException e = catchThrowableOfType(() -> Explain.run(HOUSING, HOUSING.replace("72000", "-1"), OutputFormat.JSON, Language.EN),
        FactsException.class);

    assertThat(e.getMessage()).isEqualTo("compare:household.annualRent: must not be negative");
  }
}
