package dk.workbench.contracts.letters;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /letters/v1/letters/{id}/steps}; the staff user comes from the bearer token. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewLetterStep(LetterAction action) {}
