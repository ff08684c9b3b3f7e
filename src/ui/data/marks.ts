/**
 * The shapes of the points, shared by the SVG (few points) and the canvas (many): a circle for
 * y = 0 and a triangle for y = 1, so the classes differ in shape as well as in colour.
 */

/** A triangle looks smaller than a circle of the same radius: its circumradius is this much more. */
export const TRIANGLE_SCALE = 1.35;

/** The corners of an upward triangle centred on (x, y), for a marker of radius r. */
export function triangleCorners(x: number, y: number, r: number): [number, number][] {
  const R = TRIANGLE_SCALE * r;
  const half = (R * Math.sqrt(3)) / 2;
  return [
    [x, y - R],
    [x + half, y + R / 2],
    [x - half, y + R / 2],
  ];
}

/** The triangle as an SVG path. */
export function trianglePath(x: number, y: number, r: number): string {
  const round = (v: number) => Math.round(v * 100) / 100;
  const [a, b, c] = triangleCorners(x, y, r).map(([u, v]) => `${round(u)},${round(v)}`);
  return `M${a}L${b}L${c}Z`;
}
