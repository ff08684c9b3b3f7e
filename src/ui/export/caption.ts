/**
 * The slide's caption line: the moment of the run the figure shows, so a slide says which
 * iteration it is and how far the loss had come ("Iteration 12 · loss J = 0.412345 · learning
 * rate η = 0.5"). Pure: numbers in, text out, in the page's own number format.
 */
import { formatCount, formatNumber, formatSetting } from '../text/format';

export interface CaptionFacts {
  readonly iteration: number | null;
  readonly loss: number | null;
  readonly learningRate: number | null;
}

export function slideCaption({ iteration, loss, learningRate }: CaptionFacts): string {
  const parts: string[] = [];
  if (iteration !== null) parts.push(`Iteration ${formatCount(iteration)}`);
  // formatNumber writes NaN and ±∞ as words, so a diverged run says so instead of printing NaN.
  if (loss !== null) parts.push(`loss J = ${formatNumber(loss)}`);
  if (learningRate !== null) parts.push(`learning rate η = ${formatSetting(learningRate)}`);
  return parts.join(' · ');
}
