package dk.workbench.contracts.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A public authority that owns a case, a grant or a decision (SF1470 {@code Sagsaktør} with the
 * role "Ejer"): its name, CVR number and kind.
 *
 * @param name e.g. "Aarhus Kommune", "Udbetaling Danmark"
 * @param cvr eight digits
 * @param type municipality, Payment Denmark, the tax agency, a region or another authority
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Authority(String name, String cvr, AuthorityType type) {

  /** Kinds of authority. */
  public enum AuthorityType {
    MUNICIPALITY,
    PAYMENT_DENMARK,
    TAX_AGENCY,
    REGION,
    OTHER
  }
}
