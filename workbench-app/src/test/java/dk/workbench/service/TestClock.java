package dk.workbench.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock in Danish time that the test moves by hand. */
public final class TestClock extends Clock {
  public static final ZoneId DK = ZoneId.of("Europe/Copenhagen");
  private volatile Instant now;

  public TestClock(Instant start) {
    this.now = start;
  }

  /** Now, in Danish time. */
  public static TestClock now() {
    return new TestClock(Instant.now());
  }

  public void set(Instant instant) {
    now = instant;
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return DK;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
