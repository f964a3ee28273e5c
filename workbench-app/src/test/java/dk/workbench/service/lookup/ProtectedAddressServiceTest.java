package dk.workbench.service.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.clients.cpr.CprClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.Purpose;
import dk.workbench.service.SandboxBackend;
import dk.workbench.service.TestClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revealing a protected address against the real sandbox: privilege, stated reason, recorded first. */
class ProtectedAddressServiceTest {
  @TempDir static Path cache;
  static SandboxBackend backend;
  static CprNumber protectedCitizen;

  @BeforeAll
  static void start() {
    backend = new SandboxBackend(StaffRole.CASEWORKER, cache, TestClock.now());
    protectedCitizen = SandboxBackend.cpr(backend.archetype("protected-address"));
  }

  @AfterAll
  static void stop() {
    backend.close();
  }

  @Test
  void aCaseworkerSeesTheAddressForAStatedReasonAndTheRevealIsRecorded() throws Exception {
    var service = new ProtectedAddressService(new CprClient(backend.endpoint), backend.recorder, StaffRole.CASEWORKER,
        TestClock.now());

    String address = service.reveal(protectedCitizen, Purpose.CASEWORK, "Udbetaling af boligstøtte kræver adressen",
        null);

    assertThat(address).isNotBlank();
    List<Map<String, Object>> audit = backend.auditEntries();
    assertThat(audit.get(audit.size() - 1)).containsEntry("action", "REVEAL_PROTECTED_ADDRESS")
        .containsEntry("detail", "Udbetaling af boligstøtte kræver adressen");
  }

  @Test
  void withoutTheReasonOrThePrivilegeNothingIsRevealedOrRecorded() {
    int before = backend.auditEntries().size();
    var caseworker = new ProtectedAddressService(new CprClient(backend.endpoint), backend.recorder,
        StaffRole.CASEWORKER, TestClock.now());
    var agent = new ProtectedAddressService(new CprClient(backend.endpoint), backend.recorder, StaffRole.CALL_AGENT,
        TestClock.now());

    assertThatThrownBy(() -> caseworker.reveal(protectedCitizen, Purpose.CASEWORK, "fordi", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> agent.reveal(protectedCitizen, Purpose.CASEWORK, "Udbetaling af boligstøtte", null))
        .isInstanceOf(SecurityException.class);
    assertThat(agent.mayReveal()).isFalse();
    assertThat(backend.auditEntries()).hasSize(before);
  }
}
