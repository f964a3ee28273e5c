package dk.workbench.rules;

import dk.workbench.rules.FolkepensionFacts.CivilStatus;
import dk.workbench.rules.FolkepensionFacts.Income;
import dk.workbench.rules.FolkepensionFacts.IncomeType;
import dk.workbench.rules.FolkepensionFacts.Owner;
import dk.workbench.rules.parameters.Confidence;
import dk.workbench.rules.parameters.LegalReference;
import dk.workbench.rules.parameters.ParameterValue;
import dk.workbench.rules.parameters.Regulation;
import dk.workbench.rules.parameters.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: facts builders, resources, test parameter values. */
final class Fixtures {
  static final RulesEngine ENGINE = RulesEngine.standard();

  private Fixtures() {}

  static String resource(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BigDecimal kr(long v) {
    return BigDecimal.valueOf(v);
  }

  static BigDecimal kr(String v) {
    return new BigDecimal(v);
  }

  static Income self(IncomeType type, long annual) {
    return new Income(Owner.SELF, type, kr(annual), "test");
  }

  static Income partner(IncomeType type, long annual) {
    return new Income(Owner.PARTNER, type, kr(annual), "test");
  }

  /** A single pensioner (born 1950, long past pension age) with full residence. */
  static FolkepensionFacts single(Period period, Income... incomes) {
    return new FolkepensionFacts(period, LocalDate.of(1950, 5, 5), CivilStatus.SINGLE, false, kr(40), List.of(incomes));
  }

  /** A pensioner (born 1950) in a couple. */
  static FolkepensionFacts couple(Period period, boolean partnerPensioner, Income... incomes) {
    return new FolkepensionFacts(period, LocalDate.of(1950, 5, 5), CivilStatus.COUPLE, partnerPensioner, kr(40), List.of(incomes));
  }

  static BoerneUngeydelseFacts children(Period quarter, long income, BoerneUngeydelseFacts.Custody custody, LocalDate... births) {
    List<BoerneUngeydelseFacts.Child> c = new ArrayList<>();
    for (LocalDate b : births) {
      c.add(new BoerneUngeydelseFacts.Child(b));
    }
    return new BoerneUngeydelseFacts(quarter, kr(income), custody, null, c);
  }

  static BoligstoetteFacts housing(Period month, boolean pensioner, int children, long rent, long income, long wealth) {
    return new BoligstoetteFacts(month, pensioner, 1, children, kr(rent), kr(income), kr(wealth));
  }

  /** A test-only parameter value taken from a worked example (confidence of the example's source). */
  static ParameterValue exampleValue(String key, String validFrom, String value, String unit, Regulation regulation,
      String source, Confidence confidence) {
    return new ParameterValue(key, LocalDate.parse(validFrom), null, new BigDecimal(value), unit, regulation, Role.CALCULATION,
        new LegalReference("Lov om social pension", null, "worked example"), source, confidence, "test value", key, key);
  }

  static BigDecimal component(Explanation e, String component, String amount) {
    return e.result().component(component, amount).orElseThrow(() -> new AssertionError(component + "." + amount + " absent"));
  }
}
