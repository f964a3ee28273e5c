package dk.workbench.clients.fuldmagt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.clients.testing.SandboxFixture;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.fuldmagt.CheckReason;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.contracts.fuldmagt.PartyType;
import dk.workbench.contracts.fuldmagt.PowerCheckResult;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.contracts.fuldmagt.PowerOrigin;
import dk.workbench.contracts.fuldmagt.PowerStatus;
import dk.workbench.http.NotFoundException;
import dk.workbench.sandbox.population.Archetype;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link FuldmagtClient} against the real sandbox over loopback, every exchange checked against fuldmagt.openapi.yaml. */
class FuldmagtClientContractTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static SandboxFixture fixture;
  private static FuldmagtClient client;

  @BeforeAll
  static void start() {
    fixture = new SandboxFixture("openapi/fuldmagt.openapi.yaml");
    client = new FuldmagtClient(fixture.endpoint(StaffRole.CALL_AGENT));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void archetypesPowersAndTheirGranteesConformToTheContract() throws Exception {
    Set<PowerOrigin> origins = EnumSet.noneOf(PowerOrigin.class);
    for (var archetype : fixture.server().population().archetypes()) {
      for (PowerOfAttorney p : client.grantedBy(CprNumber.parse(archetype.cpr(), TODAY))) {
        origins.add(p.origin());
        assertThat(client.power(p.id())).isEqualTo(p);
        List<PowerOfAttorney> held = p.grantee().type() == PartyType.PERSON
            ? client.heldBy(CprNumber.parse(p.grantee().cpr(), TODAY))
            : client.heldByOrganisation(p.grantee().cvr());
        assertThat(held).contains(p);
      }
    }
    assertThat(origins).contains(PowerOrigin.GUARDIANSHIP, PowerOrigin.PARENTAL_CUSTODY, PowerOrigin.PAPER_GENERAL);
    assertThat(fixture.contract().violations()).isEmpty();
    assertThat(fixture.contract().validatedExchanges()).isGreaterThan(10);
  }

  @Test
  void checksAnswerAllowedAndNotAllowedWithinTheContract() throws Exception {
    CprNumber ward = CprNumber.parse(fixture.server().population().archetypes().stream()
        .filter(a -> a.archetype().equals(Archetype.UNDER_GUARDIANSHIP.id())).findFirst().orElseThrow().cpr(), TODAY);
    PowerOfAttorney guardianship = client.grantedBy(ward).get(0);
    String guardian = guardianship.grantee().identifier();

    PowerCheckResult now = client.check(ward, guardian, FuldmagtPrivilege.ACT, null);
    PowerCheckResult before = client.check(ward, guardian, FuldmagtPrivilege.ACT, guardianship.validFrom().minusDays(1));
    PowerCheckResult stranger = client.check(ward, ward.value(), FuldmagtPrivilege.READ_CASES, null);

    assertThat(guardianship.status()).isEqualTo(PowerStatus.ACTIVE);
    assertThat(now.allowed()).isTrue();
    assertThat(now.powerId()).isEqualTo(guardianship.id());
    assertThat(before.reason()).isEqualTo(CheckReason.NOT_YET_VALID);
    assertThat(stranger.reason()).isEqualTo(CheckReason.NO_POWER);
    assertThatThrownBy(() -> client.power("no-such-power")).isInstanceOf(NotFoundException.class);
    assertThat(fixture.contract().violations()).isEmpty();
  }
}
