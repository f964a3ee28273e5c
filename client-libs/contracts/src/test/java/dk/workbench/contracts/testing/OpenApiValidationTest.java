package dk.workbench.contracts.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OpenApiValidation} applies a file's global {@code security} to the operations that do
 * not declare their own, which the validator alone does not.
 */
class OpenApiValidationTest {
  private static final String PERSON = "/cpr/v1/persons/0707614285";

  private final OpenApiValidation contract = OpenApiValidation.of("openapi/cpr.openapi.yaml",
      "openapi/sandbox.openapi.yaml", "testing/open-and-secured.openapi.yaml");

  @Test
  void aRequestWithoutABearerTokenToASecuredPathIsAViolation() {
    assertThat(requestViolations("GET", PERSON, null))
        .singleElement().asString().contains("validation.request.security.missing");
    assertThat(requestViolations("GET", "/testing/v1/secured", null))
        .singleElement().asString().contains("validation.request.security.missing");
  }

  @Test
  void anotherAuthorizationThanBearerIsAViolation() {
    assertThat(requestViolations("GET", PERSON, "Basic dXNlcjpwdw=="))
        .singleElement().asString().contains("validation.request.security.invalid");
  }

  @Test
  void aRequestWithABearerTokenToASecuredPathConforms() {
    assertThat(requestViolations("GET", PERSON, "Bearer abc")).isEmpty();
    assertThat(requestViolations("GET", "/testing/v1/secured", "Bearer abc")).isEmpty();
  }

  @Test
  void openPathsNeedNoToken() {
    // the sandbox's own endpoints: the file's global `security: []`
    assertThat(requestViolations("GET", "/sandbox/v1/health", null)).isEmpty();
    assertThat(requestViolations("GET", "/sandbox/v1/archetypes", null)).isEmpty();
    // an operation's own `security: []` under a global bearer requirement
    assertThat(requestViolations("GET", "/testing/v1/open", null)).isEmpty();
  }

  private List<String> requestViolations(String method, String path, String authorization) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
    if (authorization != null) {
      request.withHeader("Authorization", authorization);
    }
    return contract.check(request.build(), null);
  }
}
