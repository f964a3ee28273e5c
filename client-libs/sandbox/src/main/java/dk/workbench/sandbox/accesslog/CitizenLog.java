package dk.workbench.sandbox.accesslog;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.Actor;
import dk.workbench.contracts.accesslog.ActorType;
import dk.workbench.contracts.accesslog.OnBehalfOf;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One citizen's generated access log, never materialised: entry {@code i} (0 = newest) is a pure
 * function of the log's base hash and {@code i}. Its timestamp is
 * {@code newest - i * step - jitter(i)} with {@code 0 <= jitter < step}, so timestamps strictly
 * decrease with {@code i} and a period maps to an index range by binary search. Every other
 * attribute comes from bits of one 64-bit hash of {@code i} through small lookup tables, so a
 * filter scans a million entries in milliseconds without allocating; with per-block counts it
 * skips most of them. Thread-safe.
 */
final class CitizenLog {
  private static final int SLOT_BITS = 12;
  private static final int SLOTS = 1 << SLOT_BITS;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final int ACTIONS = AccessAction.values().length;
  /** Entries per block of the counts that let a filter skip most of a big log. */
  static final int BLOCK = 4096;

  /** A representative acting under the citizen's power of attorney, within [fromSecond, toSecond). */
  record Representation(String cpr, String powerId, long fromSecond, long toSecond) {}

  /** Entries of one page and the number of entries matching the filter in all. */
  record Slice(List<AccessLogEntry> entries, long total) {}

  private final long base;
  private final int size;
  private final long newestSecond;
  private final long step;
  private final AccessKind[] kinds;
  private final AccessAction[][] actions;
  private final byte[] slotKind = new byte[SLOTS];
  private final int fallback;
  private final Representation representation;
  private volatile int[] blockCounts;

  /**
   * @param base the hash all entries derive from (from the seed and the CPR number)
   * @param size how many entries
   * @param newestSecond every timestamp lies before this epoch second
   * @param step seconds between consecutive entries (at least 1)
   * @param weighted the kinds of access and their weights (at most 100)
   * @param representation who acts under a power of attorney, if anyone
   */
  CitizenLog(long base, int size, long newestSecond, long step, List<AccessProfiles.Weighted> weighted,
      Representation representation) {
    if (step < 1 || size < 0 || weighted.isEmpty() || weighted.size() > 100) {
      throw new IllegalArgumentException("bad log shape");
    }
    this.base = base;
    this.size = size;
    this.newestSecond = newestSecond;
    this.step = step;
    this.representation = representation;
    List<AccessKind> all = new ArrayList<>();
    weighted.forEach(w -> all.add(w.kind()));
    AccessKind self = AccessProfiles.selfService();
    int selfIndex = all.indexOf(self);
    if (selfIndex < 0) {
      all.add(self);
      selfIndex = all.size() - 1;
    }
    this.fallback = selfIndex;
    this.kinds = all.toArray(AccessKind[]::new);
    this.actions = new AccessAction[kinds.length][];
    for (int k = 0; k < kinds.length; k++) {
      actions[k] = kinds[k].actions().toArray(AccessAction[]::new);
    }
    long total = weighted.stream().mapToLong(AccessProfiles.Weighted::weight).sum();
    int k = 0;
    long cumulative = weighted.get(0).weight();
    for (int s = 0; s < SLOTS; s++) {
      long point = (2L * s + 1) * total / (2L * SLOTS);
      while (point >= cumulative && k < weighted.size() - 1) {
        k++;
        cumulative += weighted.get(k).weight();
      }
      slotKind[s] = (byte) k;
    }
  }

  int size() {
    return size;
  }

  /**
   * Entries matching the filter: {@code limit} of them after skipping {@code skip}, and their
   * total. A period maps to an index range by binary search; other filters look at each entry,
   * except that a big log skips whole blocks whose counts ({@link #blockCounts()}) say how many
   * of their entries match.
   */
  Slice slice(AccessLogFilter filter, long skip, int limit) {
    int lo = filter.toExclusive() == null ? 0 : firstBefore(filter.toExclusive().getEpochSecond());
    int hi = filter.from() == null ? size : firstBefore(filter.from().getEpochSecond());
    List<AccessLogEntry> page = new ArrayList<>(Math.max(0, Math.min(limit, hi - lo)));
    if (!filter.needsScan()) {
      for (long i = lo + skip; i < hi && page.size() < limit; i++) {
        page.add(entry((int) i));
      }
      return new Slice(page, Math.max(0, hi - lo));
    }
    int combinations = kinds.length * ACTIONS;
    boolean[] admitted = new boolean[combinations];
    List<Integer> admittedList = new ArrayList<>();
    for (int k = 0; k < kinds.length; k++) {
      for (AccessAction a : actions[k]) {
        int c = k * ACTIONS + a.ordinal();
        if (!admitted[c] && filter.admits(kinds[k]) && (filter.action() == null || filter.action() == a)
            && (filter.words().isEmpty() || filter.textMatches(text(k, a)))) {
          admitted[c] = true;
          admittedList.add(c);
        }
      }
    }
    if (admittedList.isEmpty()) {
      return new Slice(List.of(), 0);
    }
    int[] counts = size >= 2 * BLOCK ? blockCounts() : null;
    long seen = 0;
    int i = lo;
    while (i < hi) {
      int end = counts == null ? hi : Math.min(hi, (i / BLOCK + 1) * BLOCK);
      if (counts != null && i % BLOCK == 0 && end - i == BLOCK) {
        long matches = 0;
        int at = (i / BLOCK) * combinations;
        for (int c : admittedList) {
          matches += counts[at + c];
        }
        if (page.size() >= limit || seen + matches <= skip) {
          seen += matches;
          i = end;
          continue;
        }
      }
      for (; i < end; i++) {
        long h = hash(i);
        int k = kindIndex(i, h);
        if (admitted[k * ACTIONS + actionOf(k, h).ordinal()]) {
          if (seen >= skip && page.size() < limit) {
            page.add(entry(i, h, k));
          }
          seen++;
        }
      }
    }
    return new Slice(page, seen);
  }

  /** The searchable text of an entry of kind {@code k} with action {@code a} (every such entry has the same). */
  private String text(int k, AccessAction a) {
    AccessKind kind = kinds[k];
    return AccessLogFilter.searchable(kind.actorType(), kind.organisation(), kind.role(), kind.system(), a,
        kind.categories(), kind.purpose(), kind.legalBasis());
  }

  /**
   * For each block of {@value #BLOCK} entries, how many have each combination of kind and
   * action ({@code kinds × actions} ints per block: about 120 KB for a million entries). Computed
   * on first use by one pass over the log, then kept with it.
   */
  private int[] blockCounts() {
    int[] counts = blockCounts;
    if (counts == null) {
      synchronized (this) {
        counts = blockCounts;
        if (counts == null) {
          int combinations = kinds.length * ACTIONS;
          counts = new int[((size + BLOCK - 1) / BLOCK) * combinations];
          for (int i = 0; i < size; i++) {
            long h = hash(i);
            int k = kindIndex(i, h);
            counts[(i / BLOCK) * combinations + k * ACTIONS + actionOf(k, h).ordinal()]++;
          }
          blockCounts = counts;
        }
      }
    }
    return counts;
  }

  /** Entry {@code i}, 0 being the newest. */
  AccessLogEntry entry(int i) {
    long h = hash(i);
    return entry(i, h, kindIndex(i, h));
  }

  /** The epoch second of entry {@code i}; strictly decreasing in {@code i}. */
  long second(int i) {
    return second(i, hash(i));
  }

  private long second(int i, long h) {
    return newestSecond - 1 - (long) i * step - Long.remainderUnsigned(mix(h ^ GOLDEN), step);
  }

  /** The smallest index whose entry lies before the epoch second (size if none). */
  int firstBefore(long epochSecond) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (second(mid) < epochSecond) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private AccessLogEntry entry(int i, long h, int k) {
    AccessKind kind = kinds[k];
    boolean named = kind.actorType() == ActorType.EMPLOYEE && kind.namesShown();
    String name = named ? AccessProfiles.FIRST_NAMES.get((int) ((h >>> 28) & 0xFFFF) % AccessProfiles.FIRST_NAMES.size())
        + " " + AccessProfiles.LAST_NAMES.get((int) ((h >>> 44) & 0xFFFF) % AccessProfiles.LAST_NAMES.size()) : null;
    boolean withheld = kind.actorType() == ActorType.EMPLOYEE && !kind.namesShown();
    OnBehalfOf onBehalfOf = kind.representative()
        ? new OnBehalfOf(representation.cpr(), representation.powerId()) : null;
    return new AccessLogEntry(
        uuid(h, 0x5851F42D4C957F2DL),
        Instant.ofEpochSecond(second(i, h)),
        new Actor(kind.actorType(), kind.organisation(), kind.role(), name, withheld),
        kind.system(),
        actionOf(k, h),
        kind.categories(),
        kind.purpose(),
        kind.legalBasis(),
        onBehalfOf,
        uuid(h, 0x14057B7EF767814FL));
  }

  private long hash(int i) {
    return mix(base + (i + 1L) * GOLDEN);
  }

  private int kindIndex(int i, long h) {
    int k = slotKind[(int) (h & (SLOTS - 1))];
    if (kinds[k].representative()) {
      long t = second(i, h);
      if (representation == null || t < representation.fromSecond() || t >= representation.toSecond()) {
        return fallback;
      }
    }
    return k;
  }

  private AccessAction actionOf(int k, long h) {
    AccessAction[] choice = actions[k];
    return choice[(int) ((h >>> SLOT_BITS) & 0xFFFF) % choice.length];
  }

  private static String uuid(long h, long salt) {
    long msb = mix(h ^ salt);
    long lsb = mix(h + salt);
    return new UUID((msb & ~0xF000L) | 0x4000L, (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
  }

  /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
