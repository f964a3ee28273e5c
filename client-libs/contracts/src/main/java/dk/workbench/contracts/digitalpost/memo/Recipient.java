package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * MeMo {@code Recipient}: the citizen or company receiving.
 *
 * @param recipientID the CPR number (ten digits) or CVR number
 * @param idType {@code CPR} or {@code CVR}
 * @param label the recipient's name, optional
 */
public record Recipient(
    String recipientID,
    String idType,
    String label,
    @JsonProperty("AttentionData") AttentionData attentionData,
    @JsonProperty("ContactPoint") ContactPoint contactPoint) {

  public static final String CPR = "CPR";
  public static final String CVR = "CVR";

  public static Recipient of(String recipientID, String idType, String label) {
    return new Recipient(recipientID, idType, label, null, null);
  }
}
