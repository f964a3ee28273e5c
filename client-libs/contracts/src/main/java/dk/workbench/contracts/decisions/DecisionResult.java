package dk.workbench.contracts.decisions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * The amounts a decision grants, kroner with two decimals, as the back-end computed them
 * (identical to its calculation trace's {@code result}). Folkepension and boligstøtte have
 * {@code annual} and {@code monthly}; børne- og ungeydelse has {@code quarterly}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionResult(BigDecimal annual, BigDecimal monthly, BigDecimal quarterly) {}
