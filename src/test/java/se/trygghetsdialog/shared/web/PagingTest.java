package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void countsPagesAndOffsets() {
    Paging paging = new Paging(2, 25, 51);
    assertThat(paging.totalPages()).isEqualTo(3);
    assertThat(paging.offset()).isEqualTo(25);
    assertThat(paging.hasPrevious()).isTrue();
    assertThat(paging.hasNext()).isTrue();
  }

  @Test
  void clampsPagesOutOfRangeInsteadOfFailing() {
    assertThat(new Paging(99, 25, 30).page()).isEqualTo(2);
    assertThat(new Paging(-3, 25, 30).page()).isEqualTo(1);
    assertThat(new Paging(1, 25, 0).totalPages()).isEqualTo(1);
    assertThat(new Paging(1, 25, 0).hasNext()).isFalse();
  }

  @Test
  void readsTheRequestedPageFromAQueryParameter() {
    assertThat(Paging.requested(" 3 ")).isEqualTo(3);
    assertThat(Paging.requested(null)).isEqualTo(1);
    assertThat(Paging.requested("abc")).isEqualTo(1);
    assertThat(Paging.requested("-2")).isEqualTo(1);
    assertThat(Paging.requested("99999999999")).isEqualTo(1);
  }
}
