package dk.workbench.sandbox.faults;

import dk.workbench.contracts.sandbox.FaultSettings;
import dk.workbench.contracts.sandbox.FaultSettings.ApiFaults;
import dk.workbench.sandbox.ProblemException;
import dk.workbench.sandbox.Problems;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.Route;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxModule;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection at run time, open like the sandbox's other endpoints:
 * {@code GET /sandbox/v1/faults} (what is in force), {@code POST /sandbox/v1/faults} (replace
 * it, with {@code apis} or the {@code text} form; 400 naming what is wrong) and
 * {@code DELETE /sandbox/v1/faults} (no faults, 204).
 */
public final class FaultsApi implements SandboxModule {
  private static final Logger LOG = LoggerFactory.getLogger(FaultsApi.class);
  private static final String PATH = "/sandbox/v1/faults";

  private final SandboxContext context;
  private final FaultInjector injector;

  public FaultsApi(SandboxContext context, FaultInjector injector) {
    this.context = context;
    this.injector = injector;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get(Route.SANDBOX_API, PATH, request -> current()).open(),
        Route.post(Route.SANDBOX_API, PATH, this::replace).open(),
        new Route("DELETE", Pattern.compile(PATH), Route.SANDBOX_API, false, this::clear));
  }

  private Response current() {
    return Response.json(context.mapper(), 200, toSettings(injector.current()));
  }

  private Response replace(Request request) {
    FaultSettings body = request.bodyAs(context.mapper(), FaultSettings.class);
    Faults faults;
    try {
      faults = fromSettings(body);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problems.badRequest(e.getMessage(), request.instance()));
    }
    injector.set(faults);
    LOG.info("Fault injection set to {}", faults.toText());
    return current();
  }

  private Response clear(Request request) {
    injector.set(Faults.none());
    LOG.info("Fault injection cleared");
    return Response.noContent();
  }

  /** The wire form, with both {@code apis} and {@code text}. */
  public static FaultSettings toSettings(Faults faults) {
    Map<String, ApiFaults> apis = new LinkedHashMap<>();
    faults.byApi().forEach((api, f) -> apis.put(api, new ApiFaults(f.latency().toMillis(), f.jitter().toMillis(),
        f.errorRate(), f.errorStatus(), (int) f.retryAfter().toSeconds(), f.hangRate(), f.hangFor().toMillis(),
        f.malformedRate(), f.truncatedRate())));
    return new FaultSettings(faults.seed(), apis, faults.toText());
  }

  /**
   * Faults from the wire form: {@code text} or {@code apis} (not both); missing fields are
   * defaults.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Faults fromSettings(FaultSettings settings) {
    boolean hasApis = settings.apis() != null && !settings.apis().isEmpty();
    boolean hasText = settings.text() != null && !settings.text().isBlank();
    if (hasApis && hasText) {
      throw new IllegalArgumentException("Send either 'apis' or 'text', not both.");
    }
    if (hasText) {
      Faults parsed = Faults.parse(settings.text());
      return settings.seed() == null ? parsed : parsed.withSeed(settings.seed());
    }
    Map<String, ApiFault> byApi = new LinkedHashMap<>();
    if (hasApis) {
      settings.apis().forEach((api, a) -> {
        if (a == null) {
          throw new IllegalArgumentException("apis." + api + " is null");
        }
        try {
          byApi.put(api, fault(a));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("apis." + api + ": " + e.getMessage(), e);
        }
      });
    }
    return new Faults(settings.seed(), byApi);
  }

  private static ApiFault fault(ApiFaults a) {
    ApiFault d = ApiFault.NONE;
    return new ApiFault(
        a.latencyMs() == null ? d.latency() : Duration.ofMillis(a.latencyMs()),
        a.jitterMs() == null ? d.jitter() : Duration.ofMillis(a.jitterMs()),
        a.errorRate() == null ? 0 : a.errorRate(),
        a.errorStatus() == null ? d.errorStatus() : a.errorStatus(),
        a.retryAfterSeconds() == null ? d.retryAfter() : Duration.ofSeconds(a.retryAfterSeconds()),
        a.hangRate() == null ? 0 : a.hangRate(),
        a.hangMs() == null ? d.hangFor() : Duration.ofMillis(a.hangMs()),
        a.malformedRate() == null ? 0 : a.malformedRate(),
        a.truncatedRate() == null ? 0 : a.truncatedRate());
  }
}
