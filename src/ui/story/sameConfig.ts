/**
 * Whether two plain values (configurations, data sources) are the same, whatever the order their
 * keys were written in: the controls rebuild objects with their own key order.
 */
export function sameConfig(a: unknown, b: unknown): boolean {
  return stableText(a) === stableText(b);
}

function stableText(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([x], [y]) =>
            x < y ? -1 : x > y ? 1 : 0,
          ),
        )
      : inner,
  );
}
