package dev.reciprocity.internal;

import java.text.Normalizer;

/**
 * The canonical form of a name that identifies something (a party, a kind, a unit): surrounding
 * white space stripped, Unicode NFC, no control characters, not empty, bounded in length. Not part
 * of the public API.
 */
public final class Names {

  private Names() {}

  /**
   * Returns the canonical form of a name.
   *
   * @param what what the name names, for messages: {@code "party id"}
   * @param raw the name as written
   * @param maxLength the most characters of the canonical form
   * @return the name stripped of surrounding white space, in NFC
   * @throws IllegalArgumentException if the name is empty or only white space, holds a control
   *     character, or is longer than {@code maxLength} characters; the message quotes at most
   *     {@value Texts#MAX_SHOWN} characters of it
   */
  public static String canonical(String what, String raw, int maxLength) {
    // bounded before any work beyond one pass: NFC never shrinks a text by more than a few times
    String s = raw.strip();
    if (s.length() > 4 * maxLength + 64) {
      throw tooLong(what, raw, maxLength);
    }
    if (s.isEmpty()) {
      throw new IllegalArgumentException(
          what
              + " must not be empty or only white space, got "
              + Texts.quote(raw)
              + "; give a name");
    }
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            what
                + " "
                + Texts.quote(raw)
                + String.format(" holds the control character U+%04X", (int) c)
                + "; keep names on one line and remove control characters");
      }
      ascii &= c < 0x80;
    }
    if (!ascii && !Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    if (s.length() > maxLength) {
      throw tooLong(what, raw, maxLength);
    }
    return s;
  }

  private static IllegalArgumentException tooLong(String what, String raw, int maxLength) {
    return new IllegalArgumentException(
        what
            + " "
            + Texts.quote(raw)
            + " is longer than "
            + maxLength
            + " characters; shorten it or give an id instead of a description");
  }
}
