package dk.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The idempotent writes every sandbox API with an {@code Idempotency-Key} shares. */
class IdempotencyStoreTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();

  private final AtomicInteger created = new AtomicInteger();
  private final Supplier<String> create = () -> "result-" + created.incrementAndGet();

  @Test
  void theSameKeyAndRequestCreateOnceAndReplayTheFirstResult() {
    IdempotencyStore<String, String> store = new IdempotencyStore<>(10);

    IdempotencyStore.Outcome<String> first = store.apply("k", "body", create, "/x");
    IdempotencyStore.Outcome<String> again = store.apply("k", "body", create, "/x");

    assertThat(first).isEqualTo(new IdempotencyStore.Outcome<>("result-1", false));
    assertThat(again).isEqualTo(new IdempotencyStore.Outcome<>("result-1", true));
    assertThat(created).hasValue(1);
  }

  @Test
  void theSameKeyWithAnotherRequestIsAConflictAndCreatesNothing() {
    IdempotencyStore<String, String> store = new IdempotencyStore<>(10);
    store.apply("k", "body", create, "/x");

    assertThatThrownBy(() -> store.apply("k", "other body", create, "/x"))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problem().status()).isEqualTo(409);
          assertThat(e.problem().detail()).contains(IdempotencyStore.HEADER);
        });
    assertThat(created).hasValue(1);
    assertThat(store.apply("k", "body", create, "/x").result()).isEqualTo("result-1");
  }

  @Test
  void aFailedCreateStoresNothingSoTheKeyCanBeRetried() {
    IdempotencyStore<String, String> store = new IdempotencyStore<>(10);

    assertThatThrownBy(() -> store.apply("k", "body", () -> {
      throw new ProblemException(Problems.badRequest("no", "/x"));
    }, "/x")).isInstanceOf(ProblemException.class);

    assertThat(store.apply("k", "other body", create, "/x")).isEqualTo(new IdempotencyStore.Outcome<>("result-1", false));
  }

  @Test
  void onlyTheLatestKeysAreKept() {
    IdempotencyStore<String, String> store = new IdempotencyStore<>(2);
    store.apply("a", "body", create, "/x");
    store.apply("b", "body", create, "/x");
    store.apply("c", "body", create, "/x");

    assertThat(store.apply("a", "body", create, "/x").replayed()).as("forgotten").isFalse();
    assertThat(store.apply("c", "body", create, "/x").replayed()).isTrue();
    assertThat(created).hasValue(4);
  }

  @Test
  void theResponseIs201ThenA200MarkedReplayed() {
    Response first = new IdempotencyStore.Outcome<>("r", false).toResponse(MAPPER);
    Response replay = new IdempotencyStore.Outcome<>("r", true).toResponse(MAPPER);

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.headers()).doesNotContainKey(IdempotencyStore.REPLAYED_HEADER);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.headers()).containsEntry(IdempotencyStore.REPLAYED_HEADER, "true");
    assertThat(replay.body()).isEqualTo(first.body());
  }

  @Test
  void theKeyIsRequiredAndVisibleAscii() {
    assertThat(IdempotencyStore.key(request(Map.of(IdempotencyStore.HEADER, " key-1 ")))).isEqualTo("key-1");
    for (Map<String, String> headers : List.of(Map.<String, String>of(),
        Map.of(IdempotencyStore.HEADER, "has space"), Map.of(IdempotencyStore.HEADER, "x".repeat(256)))) {
      assertThatThrownBy(() -> IdempotencyStore.key(request(headers)))
          .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(400));
    }
  }

  private static Request request(Map<String, String> headers) {
    var match = Pattern.compile("/x").matcher("/x");
    assertThat(match.matches()).isTrue();
    return Request.of("POST", match, null, headers, new byte[0], null);
  }
}
