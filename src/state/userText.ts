/**
 * Text a user (or a link) gave, kept short wherever the page shows it: in a notice, a data set's
 * name, a feature's name. Shared by the link's codec, the points' codec, the page's state and the
 * CSV import.
 */

/** The longest user text kept as it is in a notice or a name. */
export const MAX_NAME_LENGTH = 40;

/** User text in a notice or a name: cut short, so a hostile link cannot flood the page. */
export function shorten(text: string): string {
  return text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH)}…` : text;
}

/**
 * `name` with `suffix` ("(column 3)") that shorten() leaves as it is: the name is cut to make
 * room, so two names made distinct by their suffixes stay distinct through a link and storage.
 */
export function withSuffix(name: string, suffix: string): string {
  const whole = `${name} ${suffix}`;
  if (whole.length <= MAX_NAME_LENGTH) return whole;
  return `${name.slice(0, Math.max(0, MAX_NAME_LENGTH - suffix.length - 2))}… ${suffix}`;
}
