package dk.workbench.service.access;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.Purpose;
import dk.workbench.service.overview.Section;
import java.time.Instant;
import java.util.Set;

/**
 * Records that a staff member looked a citizen up (who, whom, why, which sections), so that the
 * citizen can see it in the access log. The overview shows nothing until the record is made.
 */
public interface AccessRecorder {
  /** One look-up. {@code id} is unique per look-up and doubles as the idempotency key. */
  record Access(String id, CprNumber citizen, Purpose purpose, Set<Section> sections, Instant at) {}

  /** Blocking; throws if the access could not be recorded. */
  void record(Access access) throws Exception;
}
