import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { settingsProblem } from '../../src/engine';
import { encodeConfig, decodeConfig } from '../../src/state/link';
import { chapterById, CHAPTERS } from '../../src/story/chapters';
import { Trainer } from '../../src/worker/trainer';

describe('the chapters', () => {
  it('are at least the eleven the course needs, with unique ids', () => {
    expect(CHAPTERS.length).toBeGreaterThanOrEqual(11);
    expect(new Set(CHAPTERS.map((chapter) => chapter.id)).size).toBe(CHAPTERS.length);
    expect(chapterById('newton')?.title).toMatch(/Newton/);
  });

  it.each(CHAPTERS.map((chapter) => [chapter.id, chapter] as const))(
    '%s: its configuration runs, survives a link, and its TeX typesets',
    (_, chapter) => {
      expect(settingsProblem(chapter.config.objective, chapter.config.optimizer)).toBeNull();
      const trainer = new Trainer(chapter.config, 1);
      for (let k = 0; k < 20; k++) trainer.stepForward();
      expect(Number.isFinite(trainer.snapshot(false, 1).loss)).toBe(true);
      expect(decodeConfig(encodeConfig(chapter.config).text)).toEqual({
        config: chapter.config,
        notices: [],
      });
      for (const paragraph of chapter.paragraphs) {
        for (const [, tex] of paragraph.matchAll(/\$([^$]+)\$/g)) {
          expect(() =>
            katex.renderToString(tex, { throwOnError: true, trust: false }),
          ).not.toThrow();
        }
      }
      expect(chapter.question.endsWith('?') || chapter.question.endsWith('.')).toBe(true);
    },
  );
});
