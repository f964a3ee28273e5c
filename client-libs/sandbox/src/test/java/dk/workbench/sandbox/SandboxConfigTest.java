package dk.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxConfigTest {

  @Test
  void defaultsAreLoopbackAnyPortAndSeed2026() {
    assertThat(SandboxConfig.defaults()).isEqualTo(new SandboxConfig("127.0.0.1", 0, 2026L));
  }

  @Test
  void withersChangeOneThing() {
    SandboxConfig config = SandboxConfig.defaults().withPort(18080).withSeed(7).withHost("localhost");

    assertThat(config).isEqualTo(new SandboxConfig("localhost", 18080, 7L));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65_536, 70_000})
  void impossiblePortsAreRefused(int port) {
    assertThatThrownBy(() -> SandboxConfig.defaults().withPort(port))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
  }

  @Test
  void aMissingHostIsRefused() {
    assertThatThrownBy(() -> SandboxConfig.defaults().withHost(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SandboxConfig.defaults().withHost(null)).isInstanceOf(NullPointerException.class);
  }
}
