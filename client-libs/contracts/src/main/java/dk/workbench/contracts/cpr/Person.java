package dk.workbench.contracts.cpr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One person as served by {@code GET /cpr/v1/persons/{cpr}}, shaped after KOMBIT SF1520
 * (PersonBaseDataExtended): {@code persondata}, {@code adresse}, {@code relationer}, with the
 * SF1520 Danish field names.
 *
 * @param personnummer ten digits, no dash
 * @param testdata true for synthetic persons (every sandbox person is)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Person(String personnummer, boolean testdata, Persondata persondata, Adresse adresse, Relationer relationer) {}
