package dev.reciprocity;

/** What kind of participant a {@link Party} is. */
@Beta("no strategy or check reads parties yet; circles and proportional reciprocity will")
public enum PartyKind {
  /** A person. The default. */
  PERSON,
  /** A role that people hold in turn (maintainer on duty, release manager). */
  ROLE,
  /** A circle: a team or group whose members are themselves parties. */
  CIRCLE,
  /** An organization: a cooperative, a company, an agency. */
  ORGANIZATION,
  /** A technical system or component that gives or receives (a CI service, a shared library). */
  SYSTEM
}
