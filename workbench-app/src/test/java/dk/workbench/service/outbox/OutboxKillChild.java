package dk.workbench.service.outbox;

import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.clients.accesslog.AccessLogClient;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.accesslog.Actor;
import dk.workbench.contracts.accesslog.ActorType;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.accesslog.LegalBasis;
import dk.workbench.contracts.accesslog.NewAccessLogEntry;
import dk.workbench.contracts.accesslog.Organisation;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import java.net.URI;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The process {@link OutboxKillTest} kills: against a cache folder and the sandbox, it records
 * access-log entries numbered from one above the highest its cache holds up to N, each as a
 * local record plus an outbox item in one transaction, while the background sender delivers
 * them; then it waits until the outbox is drained, prints {@code DRAINED} and exits.
 *
 * <p>Arguments: cache folder, sandbox base URL, CPR number, N, correlation-id prefix.
 */
public final class OutboxKillChild {
  static final String READY = "READY";
  static final String DRAINED = "DRAINED";
  static final String LOCAL_TABLE = "kill_test_record";

  private OutboxKillChild() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    URI baseUrl = URI.create(args[1]);
    String cpr = args[2];
    int total = Integer.parseInt(args[3]);
    String prefix = args[4];

    CacheLocation location = CacheLocation.inDirectory(folder);
    CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC());
    db.write(c -> {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS " + LOCAL_TABLE + " (n INTEGER PRIMARY KEY, outbox_id INTEGER NOT NULL UNIQUE)");
      }
      return null;
    });
    int start = db.read(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(n), 0) FROM " + LOCAL_TABLE)) {
        rs.next();
        return rs.getInt(1);
      }
    }) + 1;

    var plain = HttpClients.newClient(HttpSettings.defaults());
    var tokens = new SandboxTokenSource(ApiEndpoint.of(baseUrl, plain), null, StaffRole.CASEWORKER, null);
    ApiEndpoint endpoint = ApiEndpoint.of(baseUrl, HttpClients.newClient(HttpSettings.defaults(), tokens));
    Outbox outbox = new Outbox(db);
    OutboxWrites writes = new OutboxWrites(db, outbox);
    OutboxSender sender = new OutboxSender(outbox, Map.of(OutboxWrites.ACCESS_LOG_ENTRY, OutboxDeliveries.accessLog(new AccessLogClient(endpoint))),
        Clock.systemUTC(), new Backoff(Duration.ofMillis(50), Duration.ofMillis(500), new Random()), Duration.ofMillis(50));
    sender.start();
    System.out.println(READY + " " + start);
    System.out.flush();

    for (int n = start; n <= total; n++) {
      NewAccessLogEntry entry = entry(cpr, prefix + n);
      int number = n;
      db.write(tx -> {
        long id = writes.accessLog(tx, entry);
        try (PreparedStatement ps = tx.prepareStatement("INSERT INTO " + LOCAL_TABLE + " (n, outbox_id) VALUES (?, ?)")) {
          ps.setInt(1, number);
          ps.setLong(2, id);
          return ps.executeUpdate();
        }
      });
      sender.wakeUp();
      if (n % 4 == 0) {
        Thread.sleep(1); // let the sender interleave, so kills land in both phases
      }
    }
    while (outbox.pendingCount() > 0) {
      Thread.sleep(20);
    }
    sender.close();
    System.out.println(DRAINED + " " + outbox.deliveredCount() + " failures=" + outbox.failures().size());
    System.out.flush();
    db.close();
    System.exit(0);
  }

  static NewAccessLogEntry entry(String cpr, String correlationId) {
    return new NewAccessLogEntry(cpr, null,
        new Actor(ActorType.EMPLOYEE, new Organisation("Aarhus Kommune", "55133018"), "Sagsbehandler", null, false),
        "Citizen Workbench", AccessAction.READ, List.of(DataCategory.CPR_BASIC), AccessPurpose.CITIZEN_INQUIRY,
        new LegalBasis("Borgerhenvendelse", "Forvaltningsloven"), null, correlationId);
  }
}
