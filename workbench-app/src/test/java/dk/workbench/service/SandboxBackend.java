package dk.workbench.service;

import dk.workbench.cache.AuditLog;
import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.clients.accesslog.AccessLogClient;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.accesslog.Organisation;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.fuldmagt.PowersOfAttorney;
import dk.workbench.service.access.AccessLogRecorder;
import dk.workbench.service.access.AccessRecorder;
import dk.workbench.service.access.AuditedRecorder;
import dk.workbench.service.attorney.Person;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * The real sandbox on a free loopback port, an endpoint with a staff user's token, and the
 * recorder of the app (local audit log in a real SQLite cache, then the access log).
 */
public final class SandboxBackend implements AutoCloseable {
  public static final Organisation ORG = new Organisation("Aarhus Kommune", "55133018");

  public final SandboxServer server;
  public final ApiEndpoint endpoint;
  public final CacheDatabase db;
  public final AccessRecorder recorder;

  public SandboxBackend(StaffRole role, Path cacheDir, Clock clock) {
    server = SandboxServer.start(SandboxConfig.defaults().withPort(0));
    OkHttpClient plain = HttpClients.newClient(HttpSettings.defaults());
    var tokens = new SandboxTokenSource(ApiEndpoint.of(server.baseUrl(), plain), null, role, null);
    endpoint = ApiEndpoint.of(server.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
    CacheLocation location = CacheLocation.inDirectory(cacheDir);
    db = CacheDatabase.open(location, KeyFileProvider.at(location), clock);
    recorder = new AuditedRecorder(new AuditLog(db), "test-user", role,
        new AccessLogRecorder(new AccessLogClient(endpoint), ORG, role));
  }

  /** Every powers of attorney of the sandbox (stored statuses). */
  public PowersOfAttorney powers() {
    return PowersOfAttorney.of(server.population());
  }

  /** The CPR number of the first person of an archetype. */
  public String archetype(String name) {
    return server.population().archetypes().stream().filter(e -> e.archetype().equals(name)).findFirst().orElseThrow()
        .cpr();
  }

  /** The person with this CPR number, named as the register names them. */
  public Person person(String cpr) {
    var p = server.population().find(cpr).orElseThrow();
    return new Person(cpr(cpr), p.persondata().navn().fuldtNavn());
  }

  /** Ten digits as a CPR number. */
  public static CprNumber cpr(String digits) {
    try {
      return CprNumber.parse(digits);
    } catch (dk.workbench.contracts.cpr.InvalidCprNumberException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A person granted a power by the grantor, as a {@link Person}. */
  public Person grantee(PowerOfAttorney power) {
    return person(power.grantee().cpr());
  }

  /** The local audit log's entries, decrypted, oldest first. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> auditEntries() {
    var mapper = ContractsJson.newMapper();
    return db.read(c -> {
      List<Map<String, Object>> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT seq, payload FROM audit_log ORDER BY seq");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byte[] plain;
          try {
            plain = db.keys().open(rs.getBytes(2), ("audit:" + rs.getLong(1)).getBytes(StandardCharsets.US_ASCII));
            out.add(mapper.readValue(plain, Map.class));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
      }
      return out;
    });
  }

  @Override
  public void close() {
    db.close();
    server.close();
  }
}
