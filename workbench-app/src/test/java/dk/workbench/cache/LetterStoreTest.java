package dk.workbench.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.cache.LetterStore.State;
import dk.workbench.contracts.cpr.CprNumber;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters in the encrypted cache: states change only from the expected state, every step is an event, nothing in clear. */
class LetterStoreTest {
  @TempDir Path dir;

  @Test
  void aLetterMovesThroughItsStatesOnceWithEveryStepRecorded() throws Exception {
    CacheLocation location = CacheLocation.inDirectory(dir);
    CprNumber cpr = CprNumber.of(LocalDate.of(1950, 3, 1), 1234);
    try (CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC())) {
      LetterStore store = new LetterStore(db);
      byte[] payload = ("{\"cpr\":\"" + cpr.value() + "\",\"name\":\"Hemmelig Borger\"}").getBytes(StandardCharsets.UTF_8);
      long id = store.insert(cpr, "Udbetaling Danmark", false, "1", "da-DK", true, payload, "anna", "CASEWORKER");

      LetterStore.StoredLetter stored = store.get(id).orElseThrow();
      assertThat(stored.payload()).isEqualTo(payload);
      assertThat(stored.state()).isEqualTo(State.DRAFT);
      assertThat(stored.largePrint()).isTrue();
      assertThat(stored.createdBy()).isEqualTo("anna");

      assertThat(store.transition(id, State.APPROVED, State.PRINTED, "bo", "SUPERVISOR", "PRINTED")).isFalse();
      assertThat(store.transition(id, State.DRAFT, State.APPROVED, "bo", "SUPERVISOR", "APPROVED")).isTrue();
      assertThat(store.transition(id, State.DRAFT, State.APPROVED, "bo", "SUPERVISOR", "APPROVED")).isFalse();
      assertThat(store.events(id)).extracting(LetterStore.Event::action).containsExactly("DRAFTED", "APPROVED");
      assertThat(store.events(id).get(1).actor()).isEqualTo("bo");

      long other = store.insert(cpr, "Aarhus Kommune", true, "1", "da-DK", false, payload, "anna", "CASEWORKER");
      assertThat(store.find(new LetterStore.Filter(State.APPROVED, false, "Udbetaling Danmark", 10))).containsExactly(id);
      assertThat(store.find(new LetterStore.Filter(null, true, null, 10))).containsExactly(other);
      assertThat(store.find(new LetterStore.Filter(null, null, null, 10))).containsExactly(id, other);

      db.write(c -> {
        try (PreparedStatement ps = c.prepareStatement("UPDATE letters SET created_at = created_at + 1 WHERE id = ?")) {
          ps.setLong(1, other);
          return ps.executeUpdate();
        }
      });
      assertThatThrownBy(() -> store.get(other)).isInstanceOf(CacheException.class).hasMessageContaining("integrity");
      db.checkpoint();
    }
    String file = new String(Files.readAllBytes(location.databaseFile()), StandardCharsets.ISO_8859_1);
    assertThat(file).doesNotContain(cpr.value()).doesNotContain("Hemmelig");
  }
}
