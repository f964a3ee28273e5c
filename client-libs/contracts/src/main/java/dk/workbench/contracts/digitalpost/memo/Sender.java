package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * MeMo {@code Sender}: the authority sending.
 *
 * @param senderID e.g. the CVR number
 * @param idType {@code CVR} (or {@code CPR} for a citizen replying)
 * @param label the name shown to the citizen
 */
public record Sender(
    String senderID,
    String idType,
    String label,
    @JsonProperty("AttentionData") AttentionData attentionData,
    @JsonProperty("ContactPoint") ContactPoint contactPoint,
    @JsonProperty("Representative") Representative representative) {

  public static Sender of(String senderID, String idType, String label) {
    return new Sender(senderID, idType, label, null, null, null);
  }
}
