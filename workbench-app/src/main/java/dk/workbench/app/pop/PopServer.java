package dk.workbench.app.pop;

import dk.workbench.service.overview.PopTiming;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running workbench's end of the screen-pop: {@code POST /pop} on 127.0.0.1 with the
 * channel's token and {@code {"phone": "..."}} or {@code {"cpr": "..."}}; answers 202 and hands
 * the text to the look-up. Anything else is refused (401 wrong token, 400 bad body, 404, 405).
 */
public final class PopServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PopServer.class);
  private static final int MAX_BODY = 1_024;

  private final HttpServer server;
  private final PopChannel channel;
  private final Path folder;

  private PopServer(HttpServer server, PopChannel channel, Path folder) {
    this.server = server;
    this.channel = channel;
    this.folder = folder;
  }

  /**
   * Listens on a free loopback port and publishes the channel in {@code folder}.
   *
   * @param target gets each popped phone or CPR text (on the server's thread)
   */
  public static PopServer start(Path folder, Consumer<String> target) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    PopChannel channel = PopChannel.create(server.getAddress().getPort());
    ObjectMapper json = new ObjectMapper();
    server.createContext("/pop", exchange -> {
      try (exchange) {
        if (!"POST".equals(exchange.getRequestMethod())) {
          answer(exchange, 405, "POST only");
          return;
        }
        String token = exchange.getRequestHeaders().getFirst(PopChannel.TOKEN_HEADER);
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
            channel.token().getBytes(StandardCharsets.US_ASCII))) {
          answer(exchange, 401, "wrong or missing token");
          return;
        }
        String text = text(json, exchange.getRequestBody());
        if (text == null) {
          answer(exchange, 400, "the body must be {\"phone\": \"...\"} or {\"cpr\": \"...\"}");
          return;
        }
        PopTiming.mark("received");
        target.accept(text);
        answer(exchange, 202, "popped");
      }
    });
    server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "workbench-pop");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
    channel.publish(folder);
    log.info("Screen-pop listening on 127.0.0.1:{}", channel.port());
    return new PopServer(server, channel, folder);
  }

  private static String text(ObjectMapper json, InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        return null;
      }
      JsonNode node = json.readTree(bytes);
      JsonNode value = node == null ? null : node.has("phone") ? node.get("phone") : node.get("cpr");
      return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  public PopChannel channel() {
    return channel;
  }

  @Override
  public void close() {
    channel.withdraw(folder);
    server.stop(0);
  }
}
