package dk.workbench.ui.accesslog;

import dk.workbench.service.accesslog.AccessLogRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.collections.ObservableListBase;

/**
 * A read-only list as long as the filtered log (a million rows for the heaviest citizen) that
 * holds only the pages fetched so far: reading a row of a page not yet there returns
 * {@link #PENDING} and asks for the page once; when it arrives its rows replace the
 * placeholders, so the table redraws just those cells. FX thread only.
 */
final class PagedRows extends ObservableListBase<AccessLogRow> {
  /** Shown while a row's page is on its way. */
  static final AccessLogRow PENDING = new AccessLogRow("", null, "", "", "", "", "", false, "", "", "", "", "", "", "", "");

  private final int size;
  private final int pageSize;
  private IntConsumer request;
  private final Map<Integer, List<AccessLogRow>> pages = new HashMap<>();
  private final Set<Integer> asked = new HashSet<>();

  PagedRows(long total, int pageSize, IntConsumer request) {
    this.pageSize = pageSize;
    this.size = (int) Math.min(Integer.MAX_VALUE, total);
    this.request = request;
  }

  /** Who fetches a page not yet here (called at most once per page). */
  void onRequest(IntConsumer fetch) {
    this.request = fetch;
  }

  @Override
  public AccessLogRow get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    int page = index / pageSize;
    List<AccessLogRow> rows = pages.get(page);
    if (rows == null) {
      if (asked.add(page)) {
        request.accept(page);
      }
      return PENDING;
    }
    int at = index % pageSize;
    return at < rows.size() ? rows.get(at) : PENDING;
  }

  @Override
  public int size() {
    return size;
  }

  /** Puts a page in place: its rows replace the placeholders. */
  void arrived(int page, List<AccessLogRow> rows) {
    pages.put(page, rows);
    int from = page * pageSize;
    int to = Math.min(size, from + rows.size());
    if (from >= to) {
      return;
    }
    beginChange();
    for (int i = from; i < to; i++) {
      nextSet(i, PENDING);
    }
    endChange();
  }

  /** Whether the page is here. */
  boolean has(int page) {
    return pages.containsKey(page);
  }

  /** A page that failed may be asked for again. */
  void failed(int page) {
    asked.remove(page);
  }
}
