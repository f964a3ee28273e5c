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
 * attribute comes from bits of one 64-bit hash of {@code i} through small lookup tables; a big
 * log keeps, per (kind, action) pair, the sorted positions of its entries, so a filter (the
 * free text included, which is decided per pair) looks only at the entries it returns. Thread-safe.
 */
final class CitizenLog {
  private static final int SLOT_BITS = 12;
  private static final int SLOTS = 1 << SLOT_BITS;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final int ACTIONS = AccessAction.values().length;
  /** A log of at least twice this many entries is filtered through its index. */
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
  private volatile int[][] index;

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
   * total. A period maps to an index range by binary search; other filters look at each entry
   * of a small log, and at no entry of a big one but those on the page ({@link #indexed}).
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
    if (size >= 2 * BLOCK) {
      return indexed(lo, hi, admittedList, skip, limit);
    }
    long seen = 0;
    for (int i = lo; i < hi; i++) {
      long h = hash(i);
      int k = kindIndex(i, h);
      if (admitted[k * ACTIONS + actionOf(k, h).ordinal()]) {
        if (seen >= skip && page.size() < limit) {
          page.add(entry(i, h, k));
        }
        seen++;
      }
    }
    return new Slice(page, seen);
  }

  /**
   * A filtered slice of a big log from its {@linkplain #index() index}: the entries of each
   * admitted (kind, action) pair are a sorted list of positions, so the total is a sum of binary
   * searches, the first entry after {@code skip} is found by a binary search over positions, and
   * the page is a merge of the lists from there — no entry is looked at unless it is on the page.
   */
  private Slice indexed(int lo, int hi, List<Integer> combinations, long skip, int limit) {
    int[][] index = index();
    int[][] lists = new int[combinations.size()][];
    int[] base = new int[lists.length];
    long total = 0;
    for (int c = 0; c < lists.length; c++) {
      lists[c] = index[combinations.get(c)];
      base[c] = lowerBound(lists[c], lo);
      total += lowerBound(lists[c], hi) - base[c];
    }
    List<AccessLogEntry> page = new ArrayList<>((int) Math.max(0, Math.min(limit, total - skip)));
    if (skip >= total || limit <= 0) {
      return new Slice(page, total);
    }
    // the largest position x in [lo, hi] with fewer than skip + 1 matches in [lo, x): the wanted entry is at or after it
    int from = lo;
    int to = hi;
    while (from < to) {
      int mid = (int) (((long) from + to + 1) >>> 1);
      long before = 0;
      for (int c = 0; c < lists.length; c++) {
        before += lowerBound(lists[c], mid) - base[c];
      }
      if (before <= skip) {
        from = mid;
      } else {
        to = mid - 1;
      }
    }
    long before = 0;
    int[] cursor = new int[lists.length];
    for (int c = 0; c < lists.length; c++) {
      cursor[c] = lowerBound(lists[c], from);
      before += cursor[c] - base[c];
    }
    long drop = skip - before;
    while (page.size() < limit) {
      int best = -1;
      for (int c = 0; c < lists.length; c++) {
        if (cursor[c] < lists[c].length && lists[c][cursor[c]] < hi
            && (best < 0 || lists[c][cursor[c]] < lists[best][cursor[best]])) {
          best = c;
        }
      }
      if (best < 0) {
        break;
      }
      int i = lists[best][cursor[best]++];
      if (drop > 0) {
        drop--;
      } else {
        page.add(entry(i));
      }
    }
    return new Slice(page, total);
  }

  /** The first position in the sorted list holding a value of at least {@code key}. */
  private static int lowerBound(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * For each (kind, action) pair, the positions of its entries in ascending order (newest
   * first): 4 bytes per entry, about 4 MB for a million. Computed on first use by two passes over
   * the log, then kept with it.
   */
  private int[][] index() {
    int[][] lists = index;
    if (lists == null) {
      synchronized (this) {
        lists = index;
        if (lists == null) {
          int combinations = kinds.length * ACTIONS;
          int[] of = new int[size];
          int[] counts = new int[combinations];
          for (int i = 0; i < size; i++) {
            long h = hash(i);
            int k = kindIndex(i, h);
            of[i] = k * ACTIONS + actionOf(k, h).ordinal();
            counts[of[i]]++;
          }
          lists = new int[combinations][];
          for (int c = 0; c < combinations; c++) {
            lists[c] = new int[counts[c]];
          }
          int[] fill = new int[combinations];
          for (int i = 0; i < size; i++) {
            lists[of[i]][fill[of[i]]++] = i;
          }
          index = lists;
        }
      }
    }
    return lists;
  }

  /** The searchable text of an entry of kind {@code k} with action {@code a} (every such entry has the same). */
  private String text(int k, AccessAction a) {
    AccessKind kind = kinds[k];
    return AccessLogFilter.searchable(kind.actorType(), kind.organisation(), kind.role(), kind.system(), a,
        kind.categories(), kind.purpose(), kind.legalBasis());
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
