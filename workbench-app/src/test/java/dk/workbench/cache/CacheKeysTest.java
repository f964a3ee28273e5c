package dk.workbench.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.contracts.cpr.CprNumber;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import javax.crypto.AEADBadTagException;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CacheKeysTest {
  private final SecureRandom random = new SecureRandom();
  private final CprNumber cpr = CprNumber.of(LocalDate.of(1990, 1, 1), 1234);

  @Test
  void citizenKeyIsAStableHmacThatDependsOnTheDataKey() {
    CacheKeys keys = CacheKeys.generate(random);
    assertThat(keys.citizenKey(cpr)).hasSize(32).isEqualTo(keys.citizenKey(cpr));
    assertThat(keys.citizenKey(cpr)).isNotEqualTo(keys.citizenKey(CprNumber.of(LocalDate.of(1990, 1, 1), 1235)));
    assertThat(keys.citizenKey(cpr)).isNotEqualTo(CacheKeys.generate(random).citizenKey(cpr));
  }

  @Test
  void sealUsesAFreshNonceAndBindsTheAssociatedData() throws Exception {
    CacheKeys keys = CacheKeys.generate(random);
    byte[] plain = "{\"x\":1}".getBytes(StandardCharsets.UTF_8);
    byte[] aad = {1, 2, 3};
    byte[] a = keys.seal(plain, aad);
    byte[] b = keys.seal(plain, aad);
    assertThat(a).isNotEqualTo(b);
    assertThat(a).hasSize(12 + plain.length + 16);
    assertThat(keys.open(a, aad)).isEqualTo(plain);
    assertThatThrownBy(() -> keys.open(a, new byte[] {1, 2, 4})).isInstanceOf(AEADBadTagException.class);
    assertThatThrownBy(() -> keys.open(new byte[5], aad)).isInstanceOf(AEADBadTagException.class);
  }

  @Test
  void wrappedDataKeyOpensOnlyWithItsKeyEncryptionKey() throws Exception {
    SecretKeySpec kek = new SecretKeySpec(new byte[32], "AES");
    byte[] other = new byte[32];
    other[0] = 1;
    CacheKeys keys = CacheKeys.generate(random);
    byte[] wrapped = keys.wrap(kek);
    assertThat(CacheKeys.unwrap(wrapped, kek, random).citizenKey(cpr)).isEqualTo(keys.citizenKey(cpr));
    assertThatThrownBy(() -> CacheKeys.unwrap(wrapped, new SecretKeySpec(other, "AES"), random))
        .isInstanceOf(AEADBadTagException.class);
  }
}
