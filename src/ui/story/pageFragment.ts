/**
 * The page state's part of a shared link, as last set by the guide (useGuide). "Copy link" lives
 * with the data controls, far from the guide; this one value is how it learns the chapter and the
 * presentation settings without threading them through every component between.
 */
let current = '';

export function setPageFragment(text: string): void {
  current = text;
}

export function pageFragment(): string {
  return current;
}
