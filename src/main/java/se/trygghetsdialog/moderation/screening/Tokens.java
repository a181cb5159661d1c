package se.trygghetsdialog.moderation.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Words of a text with their offsets; a word is a run of letters, apostrophes and hyphens. */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class Tokens {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

  private final String text;
  private final List<int[]> spans;

  static Tokens of(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int end = m.end();
      // A trailing hyphen belongs to a compound written apart ("gång- och cykelväg"), not the word.
      while (end > m.start() + 1 && isDash(text.charAt(end - 1))) {
        end--;
      }
      spans.add(new int[] {m.start(), end});
    }
    return new Tokens(text, spans);
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\'' || c == '’';
  }

  int size() {
    return spans.size();
  }

  int start(int i) {
    return spans.get(i)[0];
  }

  int end(int i) {
    return spans.get(i)[1];
  }

  String word(int i) {
    return text.substring(start(i), end(i));
  }

  String lower(int i) {
    return WordLists.lower(word(i));
  }

  /** Index of the first token starting at or after {@code offset}, or {@link #size()}. */
  int indexAtOrAfter(int offset) {
    int low = 0;
    int high = spans.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (start(mid) < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Whether only spaces or tabs separate token {@code i} from token {@code i + 1}. */
  boolean adjacent(int i) {
    if (i + 1 >= spans.size()) {
      return false;
    }
    for (int p = end(i); p < start(i + 1); p++) {
      char c = text.charAt(p);
      if (c != ' ' && c != '\t' && c != '\u00a0') {
        return false;
      }
    }
    return true;
  }

  /** Whether a sentence boundary (or a clause-ending mark) lies between tokens i and i + 1. */
  boolean boundaryAfter(int i) {
    int to = i + 1 < spans.size() ? start(i + 1) : text.length();
    for (int p = end(i); p < to; p++) {
      char c = text.charAt(p);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == ':') {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} starts a sentence: text start, or after . ! ? : or a line break. */
  boolean sentenceStart(int i) {
    int from = i == 0 ? 0 : end(i - 1);
    for (int p = start(i) - 1; p >= from; p--) {
      char c = text.charAt(p);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '•') {
        return true;
      }
    }
    if (i == 0) {
      return true;
    }
    // A token directly after a digit-only line such as "1)" or "- " still starts a list item.
    return false;
  }

  /** Whether the token starts with an upper-case letter followed by a lower-case one. */
  boolean capitalised(int i) {
    String w = word(i);
    if (!Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    return w.length() == 1 || Character.isLowerCase(w.charAt(1));
  }
}
