package dk.workbench.sandbox;

import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.auth.TokenRequest;
import dk.workbench.contracts.auth.TokenResponse;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.sandbox.auth.TokenStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The sandbox's own endpoints, open without a token: {@code POST /sandbox/v1/token},
 * {@code GET /sandbox/v1/archetypes}, {@code GET /sandbox/v1/health}.
 */
final class SandboxApi implements SandboxModule {
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

  private final SandboxContext context;
  private final TokenStore tokens;
  private final byte[] health;
  private final Supplier<List<ArchetypeEntry>> extraArchetypes;

  /** {@code extraArchetypes} are appended to the archetype listing (the decisions API's wrong decisions). */
  SandboxApi(SandboxContext context, TokenStore tokens, Supplier<List<ArchetypeEntry>> extraArchetypes) {
    this.extraArchetypes = extraArchetypes;
    this.context = context;
    this.tokens = tokens;
    this.health = Response.json(context.mapper(), 200, Map.of("status", "UP")).body();
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.post(Route.SANDBOX_API, "/sandbox/v1/token", this::token).open(),
        Route.get(Route.SANDBOX_API, "/sandbox/v1/archetypes", this::archetypes).open(),
        Route.get(Route.SANDBOX_API, "/sandbox/v1/health",
            request -> new Response(200, Response.JSON, health, Map.of())).open());
  }

  /** Issues a bearer token for a demo staff user; 400 without a known role or with a bad user name. */
  Response token(Request request) {
    TokenRequest body = request.bodyAs(context.mapper(), TokenRequest.class);
    if (body.role() == null) {
      throw new ProblemException(Problems.badRequest(
          "Field 'role' is required: one of " + List.of(StaffRole.values()) + ".", request.instance()));
    }
    String username = body.username() == null ? "demo-" + body.role().name().toLowerCase().replace('_', '-')
        : body.username();
    if (!USERNAME.matcher(username).matches()) {
      throw new ProblemException(Problems.badRequest(
          "Field 'username' may hold 1 to 64 letters, digits, dots, dashes or underscores.", request.instance()));
    }
    String organisation = body.organisation() == null || body.organisation().isBlank()
        ? defaultOrganisation(body.role())
        : body.organisation().strip();
    String token = tokens.issue(username, body.role(), organisation);
    return Response.json(context.mapper(), 200, new TokenResponse(token, "Bearer", TokenStore.LIFETIME.toSeconds(),
        username, body.role(), organisation, List.copyOf(body.role().privileges())));
  }

  /** The archetype listing, the descriptions' ages as of today. */
  Response archetypes(Request request) {
    List<ArchetypeEntry> entries = new ArrayList<>(context.population().archetypes(context.today()));
    entries.addAll(extraArchetypes.get());
    return Response.json(context.mapper(), 200, entries);
  }

  private static String defaultOrganisation(StaffRole role) {
    return role == StaffRole.CALL_AGENT ? "Udbetaling Danmark" : "Aarhus Kommune";
  }
}
