package dk.workbench.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.Purpose;
import dk.workbench.http.ApiConnectionException;
import dk.workbench.http.NotFoundException;
import dk.workbench.service.overview.Section;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitizenTabsViewModelTest {
  private final OverviewFixture fixture = new OverviewFixture(StaffRole.CASEWORKER, Locale.forLanguageTag("da"));
  private final CitizenTabsViewModel tabs = fixture.tabs;

  private static CprNumber cpr(int n) {
    return CprNumber.of(LocalDate.of(1960, 1, n), 1000 + n);
  }

  @Test
  void theCitizensInTheLocalCacheStartTheRecentListWithoutAPurpose() {
    var stored = new dk.workbench.service.overview.SectionStore.Citizen(cpr(3), "Karen Sørensen",
        java.time.Instant.parse("2026-11-20T09:00:00Z"));
    var withCache = new OverviewFixture(StaffRole.CASEWORKER, Locale.forLanguageTag("da"), java.util.List.of(stored));

    assertThat(withCache.tabs.recent()).containsExactly(new CitizenTabsViewModel.RecentCitizen(cpr(3), "Karen Sørensen", null));
    assertThat(withCache.calls).as("nothing fetched until reopened").isEmpty();
  }

  @Test
  void theLoadedPersonCardShowsSourceTimeAndRows() {
    tabs.open(cpr(1), Purpose.CASEWORK);

    SectionViewModel person = tabs.open().get(0).section(Section.PERSON);
    assertThat(person.stateProperty().get()).isEqualTo(SectionViewModel.State.LOADED);
    assertThat(person.sourceProperty().get()).isEqualTo("Kilde: CPR · hentet kl. 11:00");
    assertThat(person.rows()).extracting(SectionRow::detail).contains("Åboulevarden 12, 2. tv, 8000 Aarhus C", "Gift",
        "67 år", "2 (0 under 18) · alder 30, 34");
    assertThat(fixture.recorded).singleElement().satisfies(access -> {
      assertThat(access.citizen()).isEqualTo(cpr(1));
      assertThat(access.purpose()).isEqualTo(Purpose.CASEWORK);
    });
  }

  @Test
  void aProtectedAddressIsShownAsProtected() {
    fixture.nextPerson = OverviewFixture.person(true, Optional.empty());

    tabs.open(cpr(1), Purpose.CASEWORK);

    assertThat(tabs.open().get(0).section(Section.PERSON).rows())
        .anySatisfy(row -> {
          assertThat(row.detail()).isEqualTo("Beskyttet adresse");
          assertThat(row.attention()).isTrue();
        });
  }

  @Test
  void nineCitizensOpenAtOnceEachInItsOwnTab() {
    for (int i = 1; i <= 9; i++) {
      tabs.open(cpr(i), Purpose.TELEPHONE_ENQUIRY);
    }

    assertThat(tabs.open()).hasSize(9);
    assertThat(tabs.selectedProperty().get()).isEqualTo(8);
    tabs.select(2);
    assertThat(tabs.selectedProperty().get()).isEqualTo(2);
    assertThat(fixture.calls).hasSize(9);
  }

  @Test
  void openingAnOpenCitizenAgainSelectsItWithoutRefetching() {
    tabs.open(cpr(1), Purpose.CASEWORK);
    tabs.open(cpr(2), Purpose.CASEWORK);

    tabs.open(cpr(1), Purpose.CASEWORK);

    assertThat(tabs.open()).hasSize(2);
    assertThat(tabs.selectedProperty().get()).isZero();
    assertThat(fixture.calls).hasSize(2);
  }

  @Test
  void closingShowsTheTabThatTakesItsPlace() {
    tabs.open(cpr(1), Purpose.CASEWORK);
    tabs.open(cpr(2), Purpose.CASEWORK);
    tabs.open(cpr(3), Purpose.CASEWORK);

    tabs.close(1);
    assertThat(tabs.open()).extracting(CitizenOverviewViewModel::cpr).containsExactly(cpr(1), cpr(3));
    assertThat(tabs.selectedProperty().get()).isEqualTo(1);
    tabs.close(1);
    tabs.close(0);
    assertThat(tabs.open()).isEmpty();
    assertThat(tabs.selectedProperty().get()).isEqualTo(-1);
  }

  @Test
  void anUnknownPersonMarksTheTabAsMissing() {
    fixture.nextFailure = new NotFoundException("c-1", "/cpr", null);

    tabs.open(cpr(1), Purpose.CASEWORK);

    CitizenOverviewViewModel tab = tabs.open().get(0);
    assertThat(tab.personMissingProperty().get()).isTrue();
    assertThat(tab.section(Section.PERSON).retryableProperty().get()).isFalse();
  }

  @Test
  void aFailedSectionSaysWhatFailedAndRetryFetchesItAgain() {
    fixture.nextFailure = new ApiConnectionException("down", "corr-9", "/cpr", new IOException("refused"));
    tabs.open(cpr(1), Purpose.CASEWORK);
    SectionViewModel person = tabs.open().get(0).section(Section.PERSON);

    assertThat(person.stateProperty().get()).isEqualTo(SectionViewModel.State.FAILED);
    assertThat(person.messageProperty().get()).isEqualTo("CPR kan ikke nås lige nu. (Fejl-id til support: corr-9)");
    assertThat(person.retryableProperty().get()).isTrue();

    fixture.nextFailure = null;
    tabs.open().get(0).retry(Section.PERSON);

    assertThat(person.stateProperty().get()).isEqualTo(SectionViewModel.State.LOADED);
    assertThat(fixture.calls).hasSize(2);
    assertThat(tabs.open().get(0).titleProperty().get()).isEqualTo("Karen Sørensen");
  }

  @Test
  void recentCitizensAreNamedNewestFirstWithoutDuplicatesAndBounded() {
    for (int i = 1; i <= CitizenTabsViewModel.RECENT + 2; i++) {
      tabs.open(cpr(i), Purpose.CASEWORK);
    }
    tabs.open(cpr(5), Purpose.TELEPHONE_ENQUIRY);

    assertThat(tabs.recent()).hasSize(CitizenTabsViewModel.RECENT);
    assertThat(tabs.recent().get(0).cpr()).isEqualTo(cpr(5));
    assertThat(tabs.recent().get(0).name()).isEqualTo("Karen Sørensen");
    assertThat(tabs.recent()).extracting(CitizenTabsViewModel.RecentCitizen::cpr).doesNotHaveDuplicates()
        .doesNotContain(cpr(1), cpr(2));
  }

  @Test
  void forgettingACitizenClosesTheTabDropsThemFromRecentAndEmptiesTheCache() {
    tabs.open(cpr(1), Purpose.CASEWORK);
    tabs.open(cpr(2), Purpose.CASEWORK);

    tabs.forget(0);

    assertThat(tabs.open()).extracting(CitizenOverviewViewModel::cpr).containsExactly(cpr(2));
    assertThat(tabs.recent()).extracting(CitizenTabsViewModel.RecentCitizen::cpr).containsExactly(cpr(2));
    assertThat(fixture.forgotten).containsExactly(cpr(1));
  }
}
