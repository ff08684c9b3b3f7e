/**
 * Inflating text from a link or from storage with a ceiling on its size. A few megabytes of
 * deflated text can inflate to gigabytes (a "zip bomb" in a link's #points=): inflated in one go
 * that froze the page for half a minute. The stream is fed a little at a time and given up as
 * soon as its output passes the ceiling, so a hostile link costs milliseconds.
 */
import { Inflate } from 'fflate';

/** Deflated bytes fed to the stream at a time: at most about a megabyte comes out of each. */
const INPUT_STEP = 1024;

/** The inflated bytes, or 'too large' when they would pass `maxBytes`; throws on invalid data. */
export function inflateLimited(bytes: Uint8Array, maxBytes: number): Uint8Array | 'too large' {
  const parts: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const stream = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) over = true;
    else parts.push(chunk);
  });
  if (bytes.length === 0) stream.push(bytes, true);
  for (let k = 0; k < bytes.length && !over; k += INPUT_STEP) {
    stream.push(bytes.subarray(k, k + INPUT_STEP), k + INPUT_STEP >= bytes.length);
  }
  if (over) return 'too large';
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
