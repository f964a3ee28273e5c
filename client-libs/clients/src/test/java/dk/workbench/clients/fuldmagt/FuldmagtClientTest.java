package dk.workbench.clients.fuldmagt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.fuldmagt.CheckReason;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.contracts.fuldmagt.PartyType;
import dk.workbench.contracts.fuldmagt.PowerCheckResult;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.contracts.fuldmagt.PowerStatus;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.ApiTimeoutException;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.http.MalformedResponseException;
import dk.workbench.http.RetryPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link FuldmagtClient} against a scripted server: requests sent, answers and failures mapped. */
class FuldmagtClientTest {
  private static final String POWER_JSON = """
      {"id":"p-1","grantor":{"type":"PERSON","cpr":"1306449369","name":"Ole Hansen"},
       "grantee":{"type":"ORGANISATION","cvr":"12345674","name":"Advokat Eva Holm"},
       "privileges":["urn:dk:workbench:privilege:read-cases","urn:dk:workbench:privilege:act"],
       "validFrom":"2021-05-01","status":"ACTIVE","origin":"GUARDIANSHIP"}
      """;

  @StartStop public final MockWebServer server = new MockWebServer();

  private CprNumber grantor;
  private FuldmagtClient client;

  @BeforeEach
  void setUp() throws Exception {
    grantor = CprNumber.parse("1306449369", LocalDate.of(2026, 1, 1));
    HttpSettings fast = new HttpSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), "test")
        .withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
    client = new FuldmagtClient(ApiEndpoint.of(server.url("/").uri(), HttpClients.newClient(fast)));
  }

  @Test
  void listsByGrantorGranteeAndOrganisationAndMapsPrivilegeUrns() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, "{\"powers\":[" + POWER_JSON + "]}"));
    }

    List<PowerOfAttorney> granted = client.grantedBy(grantor);
    client.heldBy(grantor);
    client.heldByOrganisation("12345674");

    assertThat(server.takeRequest().getUrl().queryParameter("grantor")).isEqualTo("1306449369");
    assertThat(server.takeRequest().getUrl().queryParameter("grantee")).isEqualTo("1306449369");
    RecordedRequest byCvr = server.takeRequest();
    assertThat(byCvr.getUrl().encodedPath()).isEqualTo("/fuldmagt/v1/powers");
    assertThat(byCvr.getUrl().queryParameter("grantee")).isEqualTo("12345674");
    assertThat(granted).singleElement().satisfies(p -> {
      assertThat(p.privileges()).containsExactly(FuldmagtPrivilege.READ_CASES, FuldmagtPrivilege.ACT);
      assertThat(p.grantee().type()).isEqualTo(PartyType.ORGANISATION);
      assertThat(p.status()).isEqualTo(PowerStatus.ACTIVE);
      assertThat(p.validTo()).isNull();
    });
    assertThatThrownBy(() -> client.heldByOrganisation("1234")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void powerAsksForTheIdAsAPathSegment() throws Exception {
    server.enqueue(json(200, POWER_JSON));
    assertThat(client.power("p 1/x").id()).isEqualTo("p-1");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/fuldmagt/v1/powers/p%201%2Fx");
  }

  @Test
  void checkPostsTheQuestionWithAFreshIdempotencyKey() throws Exception {
    server.enqueue(json(200, "{\"allowed\":false,\"powerId\":\"p-1\",\"reason\":\"REVOKED\",\"detail\":\"Revoked.\"}"));
    server.enqueue(json(200, "{\"allowed\":false,\"reason\":\"NO_POWER\",\"detail\":\"None.\"}"));

    PowerCheckResult revoked = client.check(grantor, "12345674", FuldmagtPrivilege.READ_DIGITAL_POST,
        LocalDate.of(2025, 6, 1));
    client.check(grantor, "12345674", FuldmagtPrivilege.ACT, null);

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("POST");
    assertThat(first.getUrl().encodedPath()).isEqualTo("/fuldmagt/v1/check");
    JsonNode body = ContractsJson.newMapper().readTree(first.getBody().utf8());
    assertThat(body.get("grantor").asText()).isEqualTo("1306449369");
    assertThat(body.get("privilege").asText()).isEqualTo("urn:dk:workbench:privilege:read-digital-post");
    assertThat(body.get("at").asText()).isEqualTo("2025-06-01");
    assertThat(ContractsJson.newMapper().readTree(second.getBody().utf8()).has("at")).isFalse();
    String key = first.getHeaders().get("Idempotency-Key");
    assertThat(UUID.fromString(key)).isNotNull();
    assertThat(second.getHeaders().get("Idempotency-Key")).isNotEqualTo(key);
    assertThat(revoked.reason()).isEqualTo(CheckReason.REVOKED);
    assertThat(revoked.allowed()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      "400, dk.workbench.http.ClientErrorException",
      "401, dk.workbench.http.UnauthorizedException",
      "403, dk.workbench.http.ForbiddenException",
      "404, dk.workbench.http.NotFoundException",
      "429, dk.workbench.http.UnavailableException",
      "500, dk.workbench.http.ServerErrorException",
      "503, dk.workbench.http.UnavailableException"})
  void errorAnswersBecomeTypedExceptionsWithoutTheCprNumber(int status, Class<? extends ApiException> type) {
    server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/problem+json")
        .body("{\"title\":\"T\",\"status\":" + status + "}").build());
    assertThatThrownBy(() -> client.grantedBy(grantor)).isInstanceOf(type).satisfies(e -> {
      assertThat(((ApiException) e).status()).isEqualTo(status);
      assertThat(e.getMessage()).doesNotContain("1306449369");
    });
  }

  @Test
  void anUnknownPrivilegeUrnOrBrokenJsonIsAMalformedResponse() {
    server.enqueue(json(200, POWER_JSON.replace("urn:dk:workbench:privilege:act", "urn:dk:other:fly")));
    server.enqueue(json(200, "{\"powers\":[{\"id\":"));
    assertThatThrownBy(() -> client.power("p-1")).isInstanceOf(MalformedResponseException.class);
    assertThatThrownBy(() -> client.grantedBy(grantor)).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void aSlowAnswerTimesOut() {
    server.enqueue(json(200, POWER_JSON).newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
    assertThatThrownBy(() -> client.power("p-1")).isInstanceOf(ApiTimeoutException.class);
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }
}
