package dk.workbench.contracts.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The sandbox's fault injection, as read and written by {@code GET/POST /sandbox/v1/faults}.
 * Send either {@code apis} or {@code text} (the start-time text form, e.g.
 * {@code cpr:latency=200ms,error=0.1;*:error=0.01}); the answer carries both.
 *
 * @param seed makes the faults repeatable: the same seed and the same requests give the same
 *     faults; null for a random seed
 * @param apis the faults per API name ({@code cpr}, {@code cases}, … or {@code *} for every API
 *     without an entry of its own)
 * @param text the same settings in the text form
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FaultSettings(Long seed, Map<String, ApiFaults> apis, String text) {

  /**
   * The faults of one API; a missing field means none of that fault (or the default).
   *
   * @param latencyMs added to every answer, in milliseconds
   * @param jitterMs up to this much more, uniformly drawn, in milliseconds
   * @param errorRate share of requests (0 to 1) answered with {@code errorStatus} instead
   * @param errorStatus 500 or 503 (the default); a 503 carries {@code Retry-After}
   * @param retryAfterSeconds the {@code Retry-After} of a 503, default 1
   * @param hangRate share of requests never answered: the connection is held for {@code hangMs}
   *     and then closed
   * @param hangMs how long a hanging request is held, default 30 000
   * @param malformedRate share of answers sent with their real status but a broken JSON body
   * @param truncatedRate share of answers whose body stops half-way (the connection closes
   *     before {@code Content-Length} bytes arrived)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ApiFaults(Long latencyMs, Long jitterMs, Double errorRate, Integer errorStatus,
      Integer retryAfterSeconds, Double hangRate, Long hangMs, Double malformedRate, Double truncatedRate) {}
}
