package dk.workbench.service.calls;

import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.DraftStore;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.service.outbox.OutboxSender;
import dk.workbench.service.outbox.OutboxWrites;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The child of {@link CallKillTest}: a call whose notes grow by one line at a time, auto-saved
 * after each, printing {@code saved N} once line N is durable; killed from outside at some point.
 */
public final class CallKillChild {
  static final String SAVED = "saved ";

  public static void main(String[] args) throws Exception {
    CacheLocation location = CacheLocation.inDirectory(Path.of(args[0]));
    CprNumber citizen = CprNumber.parse(args[1]);
    try (CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC())) {
      Outbox outbox = new Outbox(db);
      CallService calls = new CallService(new LocalCallStore(new DraftStore(db), new OutboxWrites(db, outbox),
          new OutboxSender(outbox, Map.of(), Clock.systemUTC()), Clock.systemUTC()), new CallService.Settings(null, true),
          Clock.systemUTC());
      Call call = calls.start(citizen, InteractionChannel.PHONE);
      int line = call.notes().isEmpty() ? 0 : call.notes().split("\n").length;
      System.out.println("resumed " + line);
      while (true) {
        line++;
        call = call.withNotes(call.notes() + "Linje " + line + " af noten.\n");
        calls.save(call);
        System.out.println(SAVED + line);
        Thread.sleep(5);
      }
    }
  }
}
