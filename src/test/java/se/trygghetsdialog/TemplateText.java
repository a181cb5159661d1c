package se.trygghetsdialog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds text that a JTE template would show literally instead of through a message key. */
final class TemplateText {

  private static final Pattern TEXT_ATTRIBUTE =
      Pattern.compile("\\s(?:alt|title|aria-label|placeholder|data-label-[a-z]+)=\"([^\"]*)\"");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private TemplateText() {}

  /** The template with JTE code removed, keeping the markup and text of content blocks. */
  static String visibleMarkup(String template) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = template.length();
    while (i < n) {
      if (template.startsWith("<%--", i)) {
        int end = template.indexOf("--%>", i);
        i = end < 0 ? n : end + 4;
      } else if (template.startsWith("${", i) || template.startsWith("!{", i)) {
        i = skipBalanced(template, template.indexOf('{', i), '{', '}');
      } else if (template.startsWith("$unsafe{", i)) {
        i = skipBalanced(template, i + 7, '{', '}');
      } else if (template.startsWith("@template.", i)) {
        int open = template.indexOf('(', i);
        int close = skipBalanced(template, open, '(', ')');
        collectContentBlocks(template.substring(open, close), out);
        i = close;
      } else if (template.startsWith("@if(", i)
          || template.startsWith("@elseif(", i)
          || template.startsWith("@for(", i)) {
        i = skipBalanced(template, template.indexOf('(', i), '(', ')');
      } else if (template.startsWith("@else", i)) {
        i += 5;
      } else if (template.startsWith("@endif", i) || template.startsWith("@endfor", i)) {
        i += template.startsWith("@endif", i) ? 6 : 7;
      } else if (template.startsWith("@import", i) || template.startsWith("@param", i)) {
        int end = template.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else {
        out.append(template.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private static void collectContentBlocks(String arguments, StringBuilder out) {
    int i = 0;
    while ((i = arguments.indexOf("@`", i)) >= 0) {
      int depth = 1;
      int j = i + 2;
      while (j < arguments.length() && depth > 0) {
        if (arguments.startsWith("@`", j)) {
          depth++;
          j += 2;
        } else if (arguments.charAt(j) == '`') {
          depth--;
          j++;
        } else {
          j++;
        }
      }
      out.append(visibleMarkup(arguments.substring(i + 2, Math.max(i + 2, j - 1))));
      i = j;
    }
  }

  /** Index after the bracket that closes the one at {@code open}, skipping string literals. */
  private static int skipBalanced(String text, int open, char opening, char closing) {
    int depth = 0;
    int i = open;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\') {
            i++;
          }
          i++;
        }
      } else if (c == '@' && text.startsWith("@`", i)) {
        int depthBlock = 1;
        i += 2;
        while (i < text.length() && depthBlock > 0) {
          if (text.startsWith("@`", i)) {
            depthBlock++;
            i++;
          } else if (text.charAt(i) == '`') {
            depthBlock--;
          }
          i++;
        }
        continue;
      } else if (c == opening) {
        depth++;
      } else if (c == closing) {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    return text.length();
  }

  /** Literal texts in markup: text between tags and text-bearing attributes with letters. */
  static List<String> literalTexts(String markup) {
    List<String> found = new ArrayList<>();
    String withoutComments = markup.replaceAll("(?s)<!--.*?-->", " ");
    String withoutScripts = withoutComments.replaceAll("(?s)<script[^>]*>.*?</script>", " ");
    Matcher attributes = TEXT_ATTRIBUTE.matcher(withoutScripts);
    List<String> attributeTexts = new ArrayList<>();
    while (attributes.find()) {
      if (LETTER.matcher(attributes.group(1)).find()) {
        attributeTexts.add(attributes.group(1).strip());
      }
    }
    String text = withoutScripts.replaceAll("(?s)<[^>]*>", "\n").replaceAll("&[a-zA-Z#0-9]+;", " ");
    for (String piece : text.split("\n")) {
      String trimmed = piece.strip();
      if (LETTER.matcher(trimmed).find()) {
        found.add(trimmed);
      }
    }
    found.addAll(attributeTexts);
    return found;
  }
}
