package dk.workbench.contracts.fuldmagt;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * Body of {@code POST /fuldmagt/v1/check}: may the grantee use this privilege for the grantor
 * on that day?
 *
 * @param grantor the grantor's CPR number, ten digits
 * @param grantee the grantee's CPR number (ten digits) or CVR number (eight digits)
 * @param privilege the privilege asked about
 * @param at the day asked about; today when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PowerCheckRequest(String grantor, String grantee, FuldmagtPrivilege privilege, LocalDate at) {

  /** No CPR numbers. */
  @Override
  public String toString() {
    return "PowerCheckRequest[privilege=" + privilege + ", at=" + at + "]";
  }
}
