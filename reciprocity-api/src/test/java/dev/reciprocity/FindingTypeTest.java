package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A finding type is an open value: a name of ASCII letters, digits and underscores. */
class FindingTypeTest {

  @Test
  void aHostsTypeIsAValueLikeTheBuiltIns() {
    FindingType hero = FindingType.of("HERO");
    assertEquals(hero, FindingType.of("HERO"));
    assertEquals(hero.hashCode(), FindingType.of("HERO").hashCode());
    assertEquals("HERO", hero.name());
    assertEquals("HERO", hero.toString());
    assertEquals(FindingType.CHRONIC_GIVER, FindingType.of("CHRONIC_GIVER"));
    assertNotEquals(FindingType.CHRONIC_GIVER, FindingType.CHRONIC_RECEIVER);
    assertNotEquals(hero, FindingType.of("hero"));
    // ordered by name: C < H
    assertEquals(
        List.of(FindingType.CHRONIC_GIVER, FindingType.CHRONIC_RECEIVER, hero),
        List.of(hero, FindingType.CHRONIC_RECEIVER, FindingType.CHRONIC_GIVER).stream()
            .sorted()
            .toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "z", "SLOW_REVIEW", "late_reply_2", "X_"})
  void namesOfLettersDigitsAndUnderscoresStartingWithALetterAreTaken(String name) {
    assertEquals(name, FindingType.of(name).name());
  }

  @Test
  void theLongestNameIsTakenAndOneMoreIsRefused() {
    String longest = "A".repeat(FindingType.MAX_LENGTH);
    assertEquals(longest, FindingType.of(longest).name());
    assertThrows(IllegalArgumentException.class, () -> FindingType.of(longest + "A"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_HERO", "1HERO", "SLOW REVIEW", "SLOW-REVIEW", "HÉRO", "HERO\n"})
  void otherNamesAreRefusedSayingHowToWriteOne(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FindingType.of(name));
    assertTrue(e.getMessage().contains("SLOW_REVIEW"), e.getMessage());
    assertTrue(e.getMessage().indexOf('\n') < 0, e.getMessage());
  }

  @Test
  void aHugeNameIsRefusedWithAShortMessage() {
    String huge = "A".repeat(10_000_000);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FindingType.of(huge));
    assertTrue(e.getMessage().length() < 300, () -> e.getMessage().length() + " characters");
    assertTrue(e.getMessage().contains("10000000 characters"), e.getMessage());
  }
}
