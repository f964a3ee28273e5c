package dk.workbench.contracts.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A class of the case: the KLE subject number ({@code xx.xx.xx}) or the KLE handling facet
 * (FORM, e.g. {@code G01}), with its title.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Classification(String code, String title) {}
