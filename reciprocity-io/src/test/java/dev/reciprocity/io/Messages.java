package dev.reciprocity.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.internal.Texts;

/** The rules every message of the reader follows, as assertions. */
final class Messages {
  private Messages() {}

  /** Whether a message is within the rules: one line, at most 300 characters, nothing raw. */
  static boolean withinRules(String message) {
    if (message.length() > Texts.MAX_MESSAGE) {
      return false;
    }
    for (int i = 0; i < message.length(); ) {
      int cp = message.codePointAt(i);
      if (Texts.isEscaped(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  static void assertWithinRules(String message) {
    assertTrue(
        withinRules(message),
        () -> message.length() + " characters, or a raw character: " + escapedForTest(message));
    assertFalse(message.isBlank());
  }

  private static String escapedForTest(String message) {
    return Texts.shown(message, 2000);
  }
}
