package se.trygghetsdialog.shared.web;

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
