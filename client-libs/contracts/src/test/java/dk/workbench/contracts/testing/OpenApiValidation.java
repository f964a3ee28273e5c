package dk.workbench.contracts.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;
import okio.Buffer;

/**
 * Checks HTTP exchanges against the project's OpenAPI files with Atlassian's
 * swagger-request-validator. Use it as an OkHttp interceptor on a client talking to the real
 * sandbox: every request the client sends and every answer the sandbox gives is validated
 * against the file that describes its path, and what does not conform is collected. A file's
 * global {@code security} counts for each operation that does not declare its own (the
 * validator alone ignores it): a request to such an operation without
 * {@code Authorization: Bearer ...} is a violation ({@code validation.request.security.*}).
 *
 * <pre>{@code
 * OpenApiValidation contract = OpenApiValidation.of("openapi/cpr.openapi.yaml");
 * OkHttpClient http = shared.newBuilder().addInterceptor(contract).build();
 * ... calls ...
 * assertThat(contract.violations()).isEmpty();
 * assertThat(contract.validatedExchanges()).isPositive();
 * }</pre>
 */
public final class OpenApiValidation implements Interceptor {
  private static final String PATH_MISSING = "validation.request.path.missing";

  private final List<Spec> specs = new ArrayList<>();
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private volatile int validated;

  private record Spec(String resource, OpenApiInteractionValidator validator) {}

  private OpenApiValidation() {}

  /** Validation against these files (class path resources such as {@code openapi/cpr.openapi.yaml}). */
  public static OpenApiValidation of(String... resources) {
    OpenApiValidation validation = new OpenApiValidation();
    for (String resource : resources) {
      var url = OpenApiValidation.class.getClassLoader().getResource(resource);
      if (url == null) {
        throw new IllegalArgumentException(resource + " is not on the class path");
      }
      OpenAPI api = new OpenApiLoader().loadApi(SpecSource.specUrl(url.toString()), List.of(), parseOptions());
      inheritGlobalSecurity(api);
      OpenApiInteractionValidator validator = OpenApiInteractionValidator.createFor(api)
          .withLevelResolver(LevelResolver.create().build())
          .build();
      validation.specs.add(new Spec(resource, validator));
    }
    return validation;
  }

  /** As the validator parses a file by default: references resolved, combinators left as they are. */
  private static ParseOptions parseOptions() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(false);
    return options;
  }

  /**
   * Gives every operation without a {@code security} of its own the file's global one, as OpenAPI
   * says it applies: the validator checks only an operation's own {@code security}, so a request
   * without a bearer token would otherwise pass. An operation's {@code security: []} (an open
   * endpoint) stays as it is.
   */
  private static void inheritGlobalSecurity(OpenAPI api) {
    if (api.getSecurity() == null || api.getSecurity().isEmpty() || api.getPaths() == null) {
      return;
    }
    for (PathItem path : api.getPaths().values()) {
      for (Operation operation : path.readOperations()) {
        if (operation.getSecurity() == null) {
          operation.setSecurity(api.getSecurity());
        }
      }
    }
  }

  /**
   * What did not conform in one exchange; empty when it did. An exchange whose path no file
   * describes is a violation too.
   */
  public List<String> check(SimpleRequest request, SimpleResponse response) {
    List<String> found = new ArrayList<>();
    for (Spec spec : specs) {
      ValidationReport report = response == null ? spec.validator().validateRequest(request)
          : spec.validator().validate(request, response);
      boolean otherFile = report.getMessages().stream().anyMatch(m -> m.getKey().equals(PATH_MISSING));
      if (otherFile) {
        continue;
      }
      for (ValidationReport.Message message : report.getMessages()) {
        if (message.getLevel() == ValidationReport.Level.ERROR) {
          found.add(spec.resource() + ": " + request.getMethod() + " " + request.getPath()
              + (response == null ? "" : " -> " + response.getStatus()) + ": " + message.getKey() + ": "
              + message.getMessage());
        }
      }
      validated++;
      return found;
    }
    found.add("no OpenAPI file describes " + request.getMethod() + " " + request.getPath());
    return found;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    okhttp3.Request request = chain.request();
    Response response = chain.proceed(request);
    SimpleRequest.Builder simple = new SimpleRequest.Builder(request.method(), request.url().encodedPath());
    request.headers().forEach(h -> simple.withHeader(h.getFirst(), h.getSecond()));
    for (String name : request.url().queryParameterNames()) {
      simple.withQueryParam(name, request.url().queryParameterValues(name));
    }
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      simple.withBody(buffer.readByteArray());
    }
    SimpleResponse.Builder answer = new SimpleResponse.Builder(response.code());
    response.headers().forEach(h -> answer.withHeader(h.getFirst(), h.getSecond()));
    byte[] body = response.peekBody(Long.MAX_VALUE).bytes();
    if (body.length > 0) {
      answer.withBody(body);
    }
    violations.addAll(check(simple.build(), answer.build()));
    return response;
  }

  /** Everything that did not conform so far. */
  public List<String> violations() {
    synchronized (violations) {
      return List.copyOf(violations);
    }
  }

  /** How many exchanges a file described (so a test can prove it validated something). */
  public int validatedExchanges() {
    return validated;
  }
}
