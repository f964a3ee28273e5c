package dk.workbench.app.pop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The telephony side of the screen-pop: sends a phone or CPR number to the running workbench. */
public final class PopClient {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Path folder;

  public PopClient(Path folder) {
    this.folder = folder;
  }

  /** What became of a pop. */
  public enum Result {
    /** The running workbench took it. */
    DELIVERED,
    /** No workbench runs for this user (no channel, or nobody listens on it). */
    NO_INSTANCE,
    /** A workbench answered but refused it (e.g. the token is stale). */
    REFUSED
  }

  /** Sends {@code {"phone": text}} or {@code {"cpr": text}}. */
  public Result send(String field, String text) throws InterruptedException {
    var channel = PopChannel.read(folder);
    if (channel.isEmpty()) {
      return Result.NO_INSTANCE;
    }
    String body;
    try {
      body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of(field, text));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + channel.get().port() + "/pop"))
        .timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/json")
        .header(PopChannel.TOKEN_HEADER, channel.get().token())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 202 ? Result.DELIVERED : Result.REFUSED;
    } catch (IOException e) {
      return Result.NO_INSTANCE; // nobody listens: a stale file from an instance that died
    }
  }
}
