package dk.workbench.contracts.accesslog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A public authority or company by name and CVR number.
 *
 * @param name e.g. "Udbetaling Danmark"
 * @param cvr eight digits
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organisation(String name, String cvr) {}
