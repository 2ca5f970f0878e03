package dev.reciprocity.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CommonMark with GitHub tables. Every text is escaped: the characters with inline meaning ({@code
 * \ ` * _ [ ] < > | ~ & #}) are backslash-escaped or written as entities, line breaks become
 * spaces, and a list item or heading that would start like a block marker is escaped, so a party
 * named {@code <script>} or {@code *a|b*} shows as written. Not thread-safe.
 */
final class MarkdownDoc implements Doc {

  private final StringBuilder out = new StringBuilder();

  @Override
  public void title(String text) {
    out.append("# ").append(escape(text)).append("\n");
  }

  @Override
  public void facts(List<List<String>> rows) {
    out.append("\n| Figure | Value |\n|---|---|\n");
    for (List<String> r : rows) {
      out.append("| ")
          .append(escape(r.get(0)))
          .append(" | ")
          .append(escape(r.get(1)))
          .append(" |\n");
    }
  }

  @Override
  public void section(String text) {
    out.append("\n## ").append(escape(text)).append('\n');
  }

  @Override
  public void subsection(String text) {
    out.append("\n### ").append(escape(text)).append('\n');
  }

  @Override
  public void paragraph(String text) {
    out.append('\n').append(escapeStart(escape(text))).append('\n');
  }

  @Override
  public void table(List<Column> columns, List<List<String>> rows) {
    out.append('\n');
    out.append(
        columns.stream()
            .map(c -> escape(c.title()))
            .collect(Collectors.joining(" | ", "| ", " |\n")));
    out.append(
        columns.stream()
            .map(c -> c.numeric() ? "---:" : "---")
            .collect(Collectors.joining("|", "|", "|\n")));
    for (List<String> r : rows) {
      out.append(
          r.stream().map(MarkdownDoc::escape).collect(Collectors.joining(" | ", "| ", " |\n")));
    }
  }

  @Override
  public void items(List<List<String>> items) {
    out.append('\n');
    for (List<String> item : items) {
      for (int p = 0; p < item.size(); p++) {
        String text = escapeStart(escape(item.get(p)));
        out.append(p == 0 ? "- " : "\n  ").append(text).append('\n');
      }
    }
  }

  /**
   * A fenced code block, its fence longer than any run of backticks inside, so that no line can
   * close it; control characters become spaces.
   */
  @Override
  public void preformatted(List<String> lines) {
    int longest = 0;
    for (String line : lines) {
      int run = 0;
      for (int i = 0; i < line.length(); i++) {
        run = line.charAt(i) == '`' ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    out.append('\n').append(fence).append('\n');
    for (String line : lines) {
      StringBuilder sb = new StringBuilder(line.length());
      line.codePoints()
          .forEach(
              c -> {
                if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                  sb.append(' ');
                } else {
                  sb.appendCodePoint(c);
                }
              });
      out.append(sb).append('\n');
    }
    out.append(fence).append('\n');
  }

  @Override
  public String result() {
    return out.toString();
  }

  /**
   * Escapes inline Markdown and HTML: backslash-escapes {@code \ ` * _ [ ] < > | ~ #}, writes
   * {@code &} as {@code &amp;}, and turns line breaks and other control characters into spaces.
   *
   * @param text plain text
   * @return Markdown that renders as {@code text}
   */
  // The javadoc shows the entity {@code &amp;} literally on purpose: it is what escape() writes.
  @SuppressWarnings("EscapedEntity")
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            c -> {
              if ("\\`*_[]<>|~#".indexOf(c) >= 0) {
                sb.append('\\').append((char) c);
              } else if (c == '&') {
                sb.append("&amp;");
              } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                sb.append(' ');
              } else {
                sb.appendCodePoint(c);
              }
            });
    return sb.toString();
  }

  /**
   * Escapes what would open a block at the start of a line: a list marker ({@code -}, {@code +}, a
   * number followed by {@code .} or {@code )}), a setext underline ({@code =}) or a quote.
   */
  private static String escapeStart(String escaped) {
    if (escaped.isEmpty()) {
      return escaped;
    }
    char c = escaped.charAt(0);
    if (c == '-' || c == '+' || c == '=') {
      return "\\" + escaped;
    }
    int digits = 0;
    while (digits < escaped.length() && Character.isDigit(escaped.charAt(digits))) {
      digits++;
    }
    if (digits > 0
        && digits < escaped.length()
        && (escaped.charAt(digits) == '.' || escaped.charAt(digits) == ')')) {
      return escaped.substring(0, digits) + "\\" + escaped.substring(digits);
    }
    return escaped;
  }
}
