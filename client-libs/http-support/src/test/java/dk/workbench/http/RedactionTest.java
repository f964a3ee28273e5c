package dk.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @ParameterizedTest
  @CsvSource(textBlock = """
      /cpr/v1/persons/0707614285,        /cpr/v1/persons/******-****
      /cpr/v1/persons/070761-4285,       /cpr/v1/persons/******-****
      0707614285 and 1212121212,         ******-**** and ******-****
      /cases/12345678901,                /cases/12345678901
      /cases/123456,                     /cases/123456
      """)
  void masksCprShapedNumbersOnly(String text, String expected) {
    assertThat(Redaction.maskCpr(text)).isEqualTo(expected);
  }

  @Test
  void forLogDropsQueryAndCredentials() {
    HttpUrl url = HttpUrl.get("http://user:secret@127.0.0.1:8080/cpr/v1/persons/0707614285?name=Karen");
    assertThat(Redaction.forLog(url)).isEqualTo("http://127.0.0.1:8080/cpr/v1/persons/******-****");
  }
}
