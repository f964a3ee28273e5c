package dk.workbench.service.overview;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timestamps of the steps of a screen-pop for {@code workbench bench pop}: at debug level for
 * this class, each step logs {@code pop-timing <phase> <System.nanoTime()>}. Nothing about the
 * citizen is logged.
 */
public final class PopTiming {
  private static final Logger log = LoggerFactory.getLogger(PopTiming.class);

  private PopTiming() {}

  /** Logs that a pop has reached {@code phase} (a word like {@code tab-built}) now, if debug logging is on. */
  public static void mark(String phase) {
    if (log.isDebugEnabled()) {
      log.debug("pop-timing {} {}", phase, System.nanoTime());
    }
  }
}
