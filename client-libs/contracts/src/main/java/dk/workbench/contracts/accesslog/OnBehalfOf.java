package dk.workbench.contracts.accesslog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The person who acted for the citizen under a power of attorney (Digital Fuldmagt, Data
 * Tracker's "representation").
 *
 * @param cpr the representative's CPR number, ten digits
 * @param powerId the power of attorney they acted under ({@code /fuldmagt/v1/powers/{id}})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OnBehalfOf(String cpr, String powerId) {

  /** No CPR number. */
  @Override
  public String toString() {
    return "OnBehalfOf[powerId=" + powerId + "]";
  }
}
