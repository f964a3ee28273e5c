package dk.workbench.service.explanation;

import dk.workbench.rules.Explanation;
import dk.workbench.rules.ExplanationComparison;
import java.math.BigDecimal;

/**
 * A what-if result: the explanation of the edited facts and how it differs from the decision's
 * recomputation. A simulation only: never stored, never sent.
 *
 * @param inputs the edited inputs
 * @param explanation the explanation of the edited facts
 * @param changes the decision's recomputation (old) against the simulation (new)
 * @param amount the simulated amount ({@link Verification#amountField()}), or {@code null} when not computable
 */
public record Simulation(WhatIfInputs inputs, Explanation explanation, ExplanationComparison changes, BigDecimal amount) {}
