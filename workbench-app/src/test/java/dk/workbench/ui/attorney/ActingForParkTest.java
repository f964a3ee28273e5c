package dk.workbench.ui.attorney;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.fuldmagt.CheckReason;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.domain.Purpose;
import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.attorney.Basis;
import dk.workbench.service.attorney.Mandate;
import dk.workbench.service.attorney.Person;
import dk.workbench.service.overview.Section;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.overview.CitizenOverviewViewModel;
import dk.workbench.ui.overview.CitizenTabsViewModel;
import dk.workbench.ui.overview.OverviewFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Parking a citizen's tab keeps its acting-for session: resuming gives the same header and
 * hidden sections back, and a basis that ended while parked blocks at once with the reason.
 */
class ActingForParkTest {
  private static final ZoneId DK = ZoneId.of("Europe/Copenhagen");
  private static final CprNumber CITIZEN = CprNumber.of(LocalDate.of(1961, 7, 7), 1234);
  private static final CprNumber SON = CprNumber.of(LocalDate.of(1988, 8, 21), 4321);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 23);
  private static final Instant END = LAST_DAY.plusDays(1).atStartOfDay(DK).toInstant();

  private final OverviewFixture fixture = new OverviewFixture(StaffRole.CASEWORKER, Locale.forLanguageTag("da"));
  private final CitizenTabsViewModel tabs = fixture.tabs;
  private final MovableClock clock = new MovableClock(END.minus(Duration.ofHours(3)));
  private final ActingForTabs actingFor = new ActingForTabs(new Messages(Locale.forLanguageTag("da")), null, clock,
      null, null, null, null, null, null);

  private static ActingForSession power() {
    Set<FuldmagtPrivilege> granted = Set.of(FuldmagtPrivilege.READ_BENEFITS);
    return new ActingForSession("s-1", new Person(SON, "Ole Sørensen"), new Person(CITIZEN, "Karen Sørensen"),
        new Basis.Power("p-42", LAST_DAY, granted, END), Purpose.TELEPHONE_ENQUIRY, Mandate.covered(granted),
        Map.of(Section.CASES, CheckReason.PRIVILEGE_NOT_GRANTED), END.minus(Duration.ofHours(4)));
  }

  @Test
  void aResumedTabHasTheSameSessionHeaderAndHiddenSections() {
    CitizenSession before = startAndPark();
    String header = before.headerProperty().get();
    assertThat(header).isEqualTo("Ole Sørensen handler på vegne af Karen Sørensen — fuldmagt p-42, gyldig til 23.11.2026");

    tabs.resume(tabs.parked().get(0));
    CitizenSession after = actingFor.session(shown());

    assertThat(after).isNotSameAs(before);
    assertThat(after.session()).isEqualTo(before.session());
    assertThat(after.headerProperty().get()).isEqualTo(header);
    assertThat(after.warningProperty().get()).isEmpty();
    assertThat(after.hiddenReason(Section.CASES).get())
        .isEqualTo("Skjult i sessionen: fuldmagten dækker ikke disse oplysninger.");
    assertThat(after.hiddenReason(Section.BENEFITS).get()).isEmpty();
  }

  @Test
  void aPowerThatEndedWhileParkedBlocksAtResumeWithTheReason() {
    startAndPark();
    clock.now = END.plus(Duration.ofMinutes(5));

    tabs.resume(tabs.parked().get(0));
    CitizenSession after = actingFor.session(shown());

    assertThat(after.stateProperty().get()).isEqualTo(ActingForSession.State.ENDED);
    assertThat(after.headerProperty().get()).contains("fuldmagt p-42");
    assertThat(after.warningProperty().get())
        .isEqualTo("Blokeret: grundlaget for sessionen er udløbet. Start en ny session for at fortsætte.");
    assertThat(after.hiddenReason(Section.BENEFITS).get()).startsWith("Blokeret:");
    assertThat(after.hiddenReason(Section.PERSON).get()).isEmpty();
  }

  @Test
  void onlyTheSameCitizenAndPurposeGetTheParkedSessionOnce() {
    startAndPark();

    tabs.open(CITIZEN, Purpose.PERSONAL_ATTENDANCE);
    assertThat(actingFor.session(shown()).session()).as("another purpose: another tab, no session").isNull();
    tabs.open(CITIZEN, Purpose.TELEPHONE_ENQUIRY);
    assertThat(actingFor.session(shown()).session()).isEqualTo(power());
    tabs.close(tabs.selectedProperty().get());
    tabs.open(CITIZEN, Purpose.TELEPHONE_ENQUIRY);
    assertThat(actingFor.session(shown()).session()).as("given back once, not again after a close").isNull();
  }

  @Test
  void aTabWithoutASessionParksNothing() {
    tabs.open(CITIZEN, Purpose.TELEPHONE_ENQUIRY);
    actingFor.session(shown());
    actingFor.parked(shown());
    tabs.park(0);

    tabs.resume(tabs.parked().get(0));
    assertThat(actingFor.session(shown()).headerProperty().get())
        .isEqualTo("Ingen handler på vegne af borgeren i denne fane.");
  }

  private CitizenSession startAndPark() {
    tabs.open(CITIZEN, Purpose.TELEPHONE_ENQUIRY);
    CitizenOverviewViewModel overview = shown();
    CitizenSession session = actingFor.session(overview);
    session.set(power(), clock.instant());
    assertThat(tabs.park(0)).isTrue();
    actingFor.parked(overview);
    assertThat(tabs.open()).isEmpty();
    return session;
  }

  private CitizenOverviewViewModel shown() {
    return tabs.open().get(tabs.selectedProperty().get());
  }

  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return DK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
