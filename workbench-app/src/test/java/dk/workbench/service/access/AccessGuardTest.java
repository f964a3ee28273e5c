package dk.workbench.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.domain.Purpose;
import dk.workbench.service.overview.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessGuardTest {
  private final AccessGuard guard = new AccessGuard();

  @Test
  void aTelephoneEnquiryDoesNotOpenTheCitizensDigitalPost() {
    AccessDecision decision = guard.decide(StaffRole.CASEWORKER, Purpose.TELEPHONE_ENQUIRY);

    assertThat(decision.allowed()).doesNotContain(Section.DIGITAL_POST).contains(Section.PERSON, Section.BENEFITS);
    assertThat(decision.refused()).containsEntry(Section.DIGITAL_POST, AccessDecision.Refusal.NOT_NEEDED_FOR_PURPOSE);
  }

  @ParameterizedTest
  @EnumSource(StaffRole.class)
  void everyRoleSeesTheWholeOverviewWhenTheCitizenIsPresent(StaffRole role) {
    AccessDecision decision = guard.decide(role, Purpose.PERSONAL_ATTENDANCE);

    assertThat(decision.allowed()).containsExactlyInAnyOrder(Section.values());
    assertThat(decision.refused()).isEmpty();
    assertThat(decision.anyAllowed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Purpose.class)
  void everySectionIsEitherAllowedOrRefusedWithAReason(Purpose purpose) {
    AccessDecision decision = guard.decide(StaffRole.CALL_AGENT, purpose);

    for (Section section : Section.values()) {
      assertThat(decision.allowed().contains(section) ^ decision.refused().containsKey(section))
          .as(section.name()).isTrue();
    }
  }
}
