package dk.workbench.sandbox.cpr;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.cpr.Persondata;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Søren Kierkegaard     | søren kierkegård
      SOEREN                | søren
      Aase                  | åse
      Åse                   | åse
      Kaare                 | kåre
      Ærø                   | ærø
      Aerø                  | ærø
      Sörensen              | sørensen
      Jäger                 | jæger
      René                  | rene
      Müller                | muller
      Zoë                   | zø
      Holm-Sørensen         | holm sørensen
      Sørensen,Anne Marie   | sørensen anne marie
      O'Brien               | o brien
      """)
  void normalisesCaseDiacriticsAndTheDanishSpellings(String text, String expected) {
    assertThat(DanishNames.normalise(text).strip().replaceAll(" +", " ")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Anne Sørensen                 | true
      anne holm                     | true
      Sørensen Anne                 | true
      Holm-Sørensen, Anne Marie Bach| true
      anne marie soerensen          | true
      Marie Bach                    | true
      Anne Sorensen                 | false
      Anne Jensen                   | false
      Anne Anne                     | false
      Anna Sørensen                 | false
      """)
  void aQueryMatchesWhenEveryNameIsOneOfThePersonsInAnyOrder(String query, boolean matches) {
    List<String> person = DanishNames.tokens(new Persondata.Navn("Anne Marie", "Bach", "Holm-Sørensen", null));

    assertThat(DanishNames.matches(DanishNames.tokens(query), person)).isEqualTo(matches);
  }
}
