package dk.workbench.app.pop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screen-pop channel over real loopback HTTP: only the holder of the token pops. */
class PopServerTest {
  @TempDir Path folder;
  private final List<String> popped = new CopyOnWriteArrayList<>();

  private int post(PopChannel channel, String token, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + channel.port() + "/pop"))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header(PopChannel.TOKEN_HEADER, token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void theTokenHolderPopsAndNobodyElse() throws Exception {
    try (PopServer server = PopServer.start(folder, popped::add)) {
      PopChannel channel = PopChannel.read(folder).orElseThrow();
      assertThat(channel).isEqualTo(server.channel());
      assertThat(Files.getPosixFilePermissions(folder.resolve(PopChannel.FILE)))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));

      assertThat(new PopClient(folder).send("phone", "+45 31 38 68 55")).isEqualTo(PopClient.Result.DELIVERED);
      assertThat(post(channel, null, "{\"cpr\":\"0305441198\"}")).isEqualTo(401);
      assertThat(post(channel, "0".repeat(64), "{\"cpr\":\"0305441198\"}")).isEqualTo(401);
      assertThat(post(channel, channel.token(), "{\"name\":\"x\"}")).isEqualTo(400);
      assertThat(post(channel, channel.token(), "not json")).isEqualTo(400);
      assertThat(post(channel, channel.token(), "{\"cpr\":\"" + "1".repeat(2_000) + "\"}")).isEqualTo(400);
      assertThat(post(channel, channel.token(), "{\"cpr\":\" 030544-1198 \"}")).isEqualTo(202);

      assertThat(popped).containsExactly("+45 31 38 68 55", "030544-1198");
      assertThat(channel.toString()).doesNotContain(channel.token());
    }
    assertThat(PopChannel.read(folder)).as("withdrawn when the workbench stops").isEmpty();
  }

  @Test
  void noInstanceWhenThereIsNoChannelOrNobodyListens() throws Exception {
    PopClient client = new PopClient(folder);
    assertThat(client.send("phone", "31386855")).isEqualTo(PopClient.Result.NO_INSTANCE);

    int stalePort;
    try (PopServer server = PopServer.start(folder, popped::add)) {
      stalePort = server.channel().port();
      Files.copy(folder.resolve(PopChannel.FILE), folder.resolve("kept.json"));
    }
    Files.move(folder.resolve("kept.json"), folder.resolve(PopChannel.FILE)); // as if the workbench had died
    assertThat(PopChannel.read(folder).orElseThrow().port()).isEqualTo(stalePort);
    assertThat(client.send("phone", "31386855")).isEqualTo(PopClient.Result.NO_INSTANCE);
    assertThat(popped).isEmpty();
  }
}
