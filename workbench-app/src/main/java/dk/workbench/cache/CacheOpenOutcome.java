package dk.workbench.cache;

/**
 * What {@link CacheDatabase#open} found. The {@code RECREATED_*} outcomes mean the previous cache
 * could not be read and was deleted: the caller should tell the user (the view models own the
 * wording in the UI language; {@link #description()} is English for the command line and logs).
 */
public enum CacheOpenOutcome {
  /** An existing cache was opened with its key. */
  OPENED("Offline cache opened."),
  /** There was no cache; an empty one was created. */
  CREATED("A new, empty offline cache was created."),
  /** The cache key was missing (e.g. the key file was deleted); the old cache was deleted and an empty one created. */
  RECREATED_KEY_MISSING("The offline cache key was missing, so the old cache could not be read. It was deleted and a new, empty cache was created."),
  /** The cache key did not fit the cache (e.g. the key file was replaced); the old cache was deleted and an empty one created. */
  RECREATED_WRONG_KEY("The offline cache key does not fit the cache, so the old cache could not be read. It was deleted and a new, empty cache was created."),
  /** The cache file was damaged or not a database; it was deleted and an empty one created. */
  RECREATED_UNREADABLE("The offline cache file was damaged. It was deleted and a new, empty cache was created.");

  private final String description;

  CacheOpenOutcome(String description) {
    this.description = description;
  }

  /** True when earlier cached data was lost and the user should be told. */
  public boolean recreated() {
    return name().startsWith("RECREATED_");
  }

  /** An English sentence for the command line and logs; contains no personal data. */
  public String description() {
    return description;
  }
}
