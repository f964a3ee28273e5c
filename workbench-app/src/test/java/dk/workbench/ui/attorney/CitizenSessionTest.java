package dk.workbench.ui.attorney;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** The session bar's state without a toolkit: header, warning before the end, block after, hidden sections. */
class CitizenSessionTest {
  private static final ZoneId DK = ZoneId.of("Europe/Copenhagen");
  private static final CprNumber CITIZEN = CprNumber.of(LocalDate.of(1940, 3, 5), 1234);
  private static final CprNumber SON = CprNumber.of(LocalDate.of(1968, 8, 21), 4321);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
  private static final Instant END = LAST_DAY.plusDays(1).atStartOfDay(DK).toInstant();

  private final CitizenSession bar = new CitizenSession(CITIZEN, new SimpleStringProperty("Karen Hansen"),
      Purpose.PERSONAL_ATTENDANCE, new Messages(Locale.forLanguageTag("da")), DK);

  private static ActingForSession session() {
    Set<FuldmagtPrivilege> granted = Set.of(FuldmagtPrivilege.READ_BENEFITS, FuldmagtPrivilege.READ_DIGITAL_POST);
    return new ActingForSession("s-1", new Person(SON, "Ole Hansen"), new Person(CITIZEN, "Karen Hansen"),
        new Basis.Power("p-42", LAST_DAY, granted, END), Purpose.PERSONAL_ATTENDANCE, Mandate.covered(granted),
        Map.of(Section.CASES, CheckReason.PRIVILEGE_NOT_GRANTED), END.minus(Duration.ofHours(2)));
  }

  @Test
  void digitalPostShowsOnlyInASessionThatCoversIt() {
    assertThat(bar.hiddenReason(Section.DIGITAL_POST).get()).startsWith("Vises kun i en session");
    assertThat(bar.hiddenReason(Section.CASES).get()).as("without a session the rest follows the purpose").isEmpty();

    bar.set(session(), END.minus(Duration.ofHours(1)));
    assertThat(bar.hiddenReason(Section.DIGITAL_POST).get()).isEmpty();
  }

  @Test
  void theHeaderNamesWhoActsForWhomUnderWhichPowerUntilWhen() {
    assertThat(bar.headerProperty().get()).isEqualTo("Ingen handler på vegne af borgeren i denne fane.");

    bar.set(session(), END.minus(Duration.ofHours(1)));

    assertThat(bar.headerProperty().get())
        .isEqualTo("Ole Hansen handler på vegne af Karen Hansen — fuldmagt p-42, gyldig til 31.12.2026");
    assertThat(bar.warningProperty().get()).isEmpty();
    assertThat(bar.hiddenReason(Section.CASES).get())
        .isEqualTo("Skjult i sessionen: fuldmagten dækker ikke disse oplysninger.");
    assertThat(bar.hiddenReason(Section.BENEFITS).get()).isEmpty();
  }

  @Test
  void warnsFifteenMinutesBeforeThePowerEndsAndBlocksAfter() {
    bar.set(session(), END.minus(Duration.ofMinutes(20)));
    assertThat(bar.stateProperty().get()).isEqualTo(ActingForSession.State.ACTIVE);

    bar.tick(END.minus(Duration.ofMinutes(10)));
    assertThat(bar.warningProperty().get())
        .isEqualTo("Advarsel: grundlaget for sessionen udløber om 10 min. Derefter blokeres sessionen.");
    assertThat(bar.hiddenReason(Section.BENEFITS).get()).isEmpty();

    bar.tick(END);
    assertThat(bar.stateProperty().get()).isEqualTo(ActingForSession.State.ENDED);
    assertThat(bar.warningProperty().get()).startsWith("Blokeret:");
    assertThat(bar.hiddenReason(Section.BENEFITS).get()).startsWith("Blokeret:");
    assertThat(bar.hiddenReason(Section.PERSON).get()).isEmpty();
  }

  @Test
  void aPowerFoundRevokedByARecheckBlocksWithTheReasonUntilANewSession() {
    bar.set(session(), END.minus(Duration.ofHours(1)));

    bar.withdraw(CheckReason.REVOKED, END.minus(Duration.ofMinutes(59)));

    assertThat(bar.stateProperty().get()).isEqualTo(ActingForSession.State.ENDED);
    assertThat(bar.warningProperty().get()).isEqualTo("Blokeret: fuldmagten er tilbagekaldt. Fuldmagten blev tjekket "
        + "igen under sessionen. Start en ny session for at fortsætte.");
    assertThat(bar.hiddenReason(Section.BENEFITS).get()).startsWith("Blokeret: fuldmagten er tilbagekaldt.");
    bar.tick(END.minus(Duration.ofMinutes(58)));
    assertThat(bar.stateProperty().get()).as("stays blocked").isEqualTo(ActingForSession.State.ENDED);

    bar.set(session(), END.minus(Duration.ofMinutes(57)));
    assertThat(bar.stateProperty().get()).isEqualTo(ActingForSession.State.ACTIVE);
    assertThat(bar.withdrawn()).isNull();
  }
}
