package dk.workbench.contracts.accesslog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The legal basis of an access (VNG "grondslag").
 *
 * @param text in plain Danish, e.g. "Udbetaling af folkepension"
 * @param reference the provision, e.g. "Lov om social pension" or "Databeskyttelsesforordningen art. 6, stk. 1, litra e"
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LegalBasis(String text, String reference) {}
