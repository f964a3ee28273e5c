package dk.workbench.contracts.fuldmagt;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer of {@code POST /fuldmagt/v1/check}.
 *
 * @param allowed true only for {@link CheckReason#ALLOWED}
 * @param powerId the power the answer rests on; absent for {@link CheckReason#NO_POWER}
 * @param reason why
 * @param detail the reason in a plain English sentence (no personal data)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PowerCheckResult(boolean allowed, String powerId, CheckReason reason, String detail) {}
