package se.trygghetsdialog.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * One page of a long list: which page (1-based) is shown, of how many, for the pagination
 * component. A page number out of range is clamped, never an error.
 */
public record Paging(int page, int size, int total) {

  public Paging {
    size = Math.max(1, size);
    total = Math.max(0, total);
    int last = Math.max(1, (total + size - 1) / size);
    page = Math.min(Math.max(1, page), last);
  }

  /**
   * The page asked for in a query parameter such as {@code ?sida=2}: 1 when it is missing, not a
   * number or below 1. (The constructor clamps it to the last page.)
   */
  public static int requested(@Nullable String value) {
    if (value == null) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  public int offset() {
    return (page - 1) * size;
  }

  public int totalPages() {
    return Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < totalPages();
  }
}
