package dev.reciprocity.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text for a terminal: underlined headings, aligned tables, paragraphs wrapped at {@value
 * #WIDTH} characters. Control characters in texts are replaced so that a party name cannot move the
 * cursor or change colours. Not thread-safe.
 */
final class TextDoc implements Doc {

  static final int WIDTH = 100;

  private final StringBuilder out = new StringBuilder();
  private boolean afterHeading;

  @Override
  public void title(String text) {
    String t = clean(text);
    out.append(t).append('\n').append("=".repeat(width(t))).append('\n');
    afterHeading = true;
  }

  @Override
  public void facts(List<List<String>> rows) {
    int w = rows.stream().mapToInt(r -> width(clean(r.get(0)))).max().orElse(0);
    for (List<String> r : rows) {
      String label = clean(r.get(0));
      wrap(label + ": " + " ".repeat(w - width(label)), clean(r.get(1)), w + 2);
    }
    afterHeading = false;
  }

  @Override
  public void section(String text) {
    String t = clean(text);
    out.append('\n').append(t).append('\n').append("-".repeat(width(t))).append('\n');
    afterHeading = true;
  }

  @Override
  public void subsection(String text) {
    out.append('\n').append(clean(text)).append('\n');
    afterHeading = true;
  }

  @Override
  public void paragraph(String text) {
    if (!afterHeading) {
      out.append('\n');
    }
    wrap("", clean(text), 0);
    afterHeading = false;
  }

  @Override
  public void table(List<Column> columns, List<List<String>> rows) {
    int n = columns.size();
    int[] w = new int[n];
    List<List<String>> cleaned = new ArrayList<>();
    for (List<String> r : rows) {
      List<String> c = new ArrayList<>();
      for (String cell : r) {
        c.add(clean(cell));
      }
      cleaned.add(c);
    }
    for (int i = 0; i < n; i++) {
      w[i] = width(columns.get(i).title());
      for (List<String> r : cleaned) {
        w[i] = Math.max(w[i], width(r.get(i)));
      }
    }
    List<String> titles = new ArrayList<>();
    for (Column c : columns) {
      titles.add(c.title());
    }
    row(columns, w, titles);
    StringBuilder rule = new StringBuilder("  ");
    for (int i = 0; i < n; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
    }
    out.append(rule).append('\n');
    for (List<String> r : cleaned) {
      row(columns, w, r);
    }
    afterHeading = false;
  }

  private void row(List<Column> columns, int[] w, List<String> cells) {
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(w[i] - width(cell));
      line.append(i == 0 ? "" : "  ");
      boolean last = i == cells.size() - 1;
      line.append(columns.get(i).numeric() ? pad + cell : cell + (last ? "" : pad));
    }
    out.append(line).append('\n');
  }

  @Override
  public void items(List<List<String>> items) {
    for (List<String> item : items) {
      for (int p = 0; p < item.size(); p++) {
        wrap(p == 0 ? "  - " : "    ", clean(item.get(p)), 4);
      }
    }
    afterHeading = false;
  }

  @Override
  public void preformatted(List<String> lines) {
    if (!afterHeading) {
      out.append('\n');
    }
    for (String line : lines) {
      out.append("  ").append(clean(line)).append('\n');
    }
    afterHeading = false;
  }

  @Override
  public String result() {
    return out.toString();
  }

  /** Writes {@code first + text}, wrapped at {@link #WIDTH}, continuation lines indented. */
  private void wrap(String first, String text, int indent) {
    StringBuilder line = new StringBuilder(first);
    int lineWidth = width(first);
    boolean empty = true;
    int i = 0;
    while (i < text.length()) {
      int j = text.indexOf(' ', i);
      if (j < 0) {
        j = text.length();
      }
      String word = text.substring(i, j);
      i = j + 1;
      if (word.isEmpty()) {
        continue;
      }
      int ww = width(word);
      if (!empty && lineWidth + 1 + ww > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(" ".repeat(indent));
        lineWidth = indent;
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        lineWidth++;
      }
      line.append(word);
      lineWidth += ww;
      empty = false;
    }
    out.append(line).append('\n');
  }

  /** Replaces control characters (line breaks, escape sequences) with a visible mark. */
  static String clean(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                sb.append('\uFFFD');
              } else {
                sb.appendCodePoint(c);
              }
            });
    return sb.toString();
  }

  /** The number of code points, close enough to the columns a terminal uses. */
  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
