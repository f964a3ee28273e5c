package dk.workbench.service.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.cache.AuditLog;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.auth.StaffRole;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records each access in the local hash-chained audit log first (encrypted: who, whom, why,
 * which sections), then passes it on (to the citizen's access log).
 */
public final class AuditedRecorder implements AccessRecorder {
  private final AuditLog audit;
  private final String username;
  private final StaffRole role;
  private final AccessRecorder next;
  private final ObjectMapper mapper = ContractsJson.newMapper();

  public AuditedRecorder(AuditLog audit, String username, StaffRole role, AccessRecorder next) {
    this.audit = audit;
    this.username = username;
    this.role = role;
    this.next = next;
  }

  @Override
  public void record(Access access) throws Exception {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("action", access.activity().code());
    entry.put("id", access.id());
    entry.put("user", username);
    entry.put("role", role);
    entry.put("citizen", access.citizen().value());
    entry.put("purpose", access.purpose().code());
    entry.put("sections", access.sections());
    if (access.activity().detail() != null) {
      entry.put("detail", access.activity().detail());
    }
    if (access.onBehalfOf() != null) {
      AccessRecorder.OnBehalf on = access.onBehalfOf();
      entry.put("representative", on.representative().value());
      entry.put("basisId", on.basisId());
      entry.put("onBehalfOf", on.representative().value() + " on behalf of " + access.citizen().value() + " (" + on.basis() + ")");
    }
    audit.append(access.at(), mapper.writeValueAsString(entry));
    next.record(access);
  }
}
