package dk.workbench.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.sandbox.population.Population;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What every API module of the sandbox shares: the population, the JSON mapper and the clock
 * ("today" for ages and deadlines).
 */
public record SandboxContext(Population population, ObjectMapper mapper, Clock clock) {
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
