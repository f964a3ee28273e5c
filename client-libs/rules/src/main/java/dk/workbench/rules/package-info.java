/**
 * Explainable rules for folkepension, børne- og ungeydelse and boligstøtte.
 *
 * <p>Entry points: {@link dk.workbench.rules.Explain#run} (the {@code workbench explain} contract: facts JSON in,
 * rendered explanation or comparison out), {@link dk.workbench.rules.Facts#parse} and
 * {@link dk.workbench.rules.RulesEngine#explain} (facts to {@link dk.workbench.rules.Explanation}),
 * {@link dk.workbench.rules.ExplanationComparison#compare} (line-by-line "why did my amount change") and
 * {@link dk.workbench.rules.Rendering} (JSON, text, citizen summary in Danish or English).
 *
 * <p>The engine is pure Java: no I/O except reading the parameter file from the classpath, exact decimals
 * ({@link java.math.BigDecimal}) with every rounding as its own trace line, no clock (parameters are looked up by
 * the period computed), deterministic output.
 */
package dk.workbench.rules;
