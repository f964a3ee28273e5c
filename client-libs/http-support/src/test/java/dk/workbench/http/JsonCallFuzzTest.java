package dk.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.PersonSearchResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import okhttp3.OkHttpClient;

/**
 * Fuzzes the JSON body parsing every client goes through ({@link JsonCall#read}, with the
 * contracts' mapper) with Jazzer: whatever the bytes, the answer is a value or a
 * {@link MalformedResponseException}; any other exception or error fails. Seeds in
 * {@code JsonCallFuzzTestInputs/<method>/}. The normal build runs the seeds (regression
 * mode); {@code JAZZER_FUZZ=1 mvn test -Dtest=JsonCallFuzzTest#readPerson
 * -Djazzer.instrumentation_includes=com.fasterxml.jackson.**:dk.workbench.**} fuzzes (instrumenting
 * Jackson too; without it only this package is instrumented). A UTF-32 body that Jackson
 * rejects with a {@code CharConversionException} was found this way ({@code found-*} seed).
 */
class JsonCallFuzzTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();
  private static final JsonCall CALL = new JsonCall(new OkHttpClient(), MAPPER);

  @FuzzTest(maxDuration = "60s")
  void readPerson(byte[] input) {
    read(input, MAPPER.constructType(Person.class));
  }

  @FuzzTest(maxDuration = "60s")
  void readSearchResult(byte[] input) {
    read(input, MAPPER.constructType(PersonSearchResult.class));
  }

  private static void read(byte[] input, JavaType type) {
    try {
      Object value = CALL.read(new ByteArrayInputStream(input), type, 200, "fuzz", "http://127.0.0.1:1/fuzz");
      assertThat(value).isNotNull();
    } catch (MalformedResponseException expected) {
      assertThat(expected.status()).isEqualTo(200);
    } catch (IOException e) {
      throw new AssertionError("reading bytes in memory must not look like a connection failure", e);
    }
  }
}
