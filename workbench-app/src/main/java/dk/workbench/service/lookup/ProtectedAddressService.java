package dk.workbench.service.lookup;

import dk.workbench.clients.cpr.CprClient;
import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.Purpose;
import dk.workbench.service.access.AccessRecorder;
import dk.workbench.service.overview.Section;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Reveals a protected address (navne- og adressebeskyttelse) to a staff member whose role holds
 * {@link StaffPrivilege#PROTECTED_ADDRESS_READ}, for a stated reason; the reveal is recorded
 * (audit log with the reason, access log as a READ of ADDRESS) before the address is fetched.
 * Everywhere else the address stays withheld. Blocking.
 */
public final class ProtectedAddressService {
  public static final String REVEAL = "REVEAL_PROTECTED_ADDRESS";
  /** The shortest reason accepted. */
  public static final int MIN_REASON = 10;

  private final CprClient cpr;
  private final AccessRecorder recorder;
  private final StaffRole role;
  private final Clock clock;

  public ProtectedAddressService(CprClient cpr, AccessRecorder recorder, StaffRole role, Clock clock) {
    this.cpr = Objects.requireNonNull(cpr, "cpr == null");
    this.recorder = Objects.requireNonNull(recorder, "recorder == null");
    this.role = Objects.requireNonNull(role, "role == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** Whether the staff role may reveal protected addresses at all. */
  public boolean mayReveal() {
    return role.may(StaffPrivilege.PROTECTED_ADDRESS_READ);
  }

  /**
   * The citizen's protected address in one line, after recording the reveal.
   *
   * @param onBehalf who the staff member acts for, or null
   * @throws SecurityException when the role lacks the privilege (nothing recorded or fetched)
   * @throws IllegalArgumentException when the reason is missing or shorter than {@value #MIN_REASON} characters
   */
  public String reveal(CprNumber citizen, Purpose purpose, String reason, AccessRecorder.OnBehalf onBehalf)
      throws Exception {
    if (!mayReveal()) {
      throw new SecurityException("the role may not read protected addresses");
    }
    if (reason == null || reason.strip().length() < MIN_REASON) {
      throw new IllegalArgumentException("state the reason for revealing the address (at least " + MIN_REASON
          + " characters)");
    }
    recorder.record(new AccessRecorder.Access(UUID.randomUUID().toString(), citizen, purpose,
        EnumSet.of(Section.PERSON), clock.instant(),
        new AccessRecorder.Activity(REVEAL, AccessAction.READ, List.of(DataCategory.ADDRESS), reason.strip()),
        onBehalf));
    Adresse.AktuelAdresse address = cpr.address(citizen);
    return address == null ? "" : address.enLinje();
  }
}
