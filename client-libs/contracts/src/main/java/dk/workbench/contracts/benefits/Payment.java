package dk.workbench.contracts.benefits;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One payment to the citizen's NemKonto ({@code GET /benefits/v1/citizens/{cpr}/payments}). All
 * amounts are kroner with two decimals: {@code net = gross - tax - sum(setOffs.amount)}.
 *
 * @param id the payment's id
 * @param benefit the benefit paid
 * @param grantId the grant paid
 * @param dispositionDate the day the money is at the citizen's disposal
 * @param gross the amount before tax and set-off
 * @param tax A-skat withheld (0 for tax-free benefits)
 * @param net the amount paid out
 * @param setOffs amounts withheld to pay a debt (modregning), with Danish texts
 * @param periods the periods the payment covers
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Payment(
    String id,
    BenefitType benefit,
    String grantId,
    LocalDate dispositionDate,
    BigDecimal gross,
    BigDecimal tax,
    BigDecimal net,
    List<SetOff> setOffs,
    List<CoveredPeriod> periods) {

  public Payment {
    setOffs = setOffs == null ? List.of() : List.copyOf(setOffs);
    periods = periods == null ? List.of() : List.copyOf(periods);
  }

  /** A set-off (modregning): why, and how much. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SetOff(String text, BigDecimal amount) {}

  /** A period a payment covers, both days inclusive. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CoveredPeriod(LocalDate from, LocalDate to) {}
}
