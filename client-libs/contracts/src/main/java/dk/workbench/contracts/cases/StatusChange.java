package dk.workbench.contracts.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** One step of a case's status history: the status and the day it was reached. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusChange(CaseStatus status, LocalDate date) {}
