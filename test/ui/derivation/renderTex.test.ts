import { beforeAll, describe, expect, it } from 'vitest';
import { katexState, loadKatex } from '../../../src/ui/derivation/katexLoader';
import { KATEX_OPTIONS, renderTex } from '../../../src/ui/derivation/renderTex';

describe('renderTex', () => {
  beforeAll(() => loadKatex());

  it('loadKatex() loads KaTeX on demand, once', async () => {
    expect(katexState().status).toBe('ready');
    await loadKatex();
    expect(katexState().status).toBe('ready');
  });

  it('KATEX_OPTIONS are trust: false, throwOnError: false, and HTML with MathML', () => {
    expect(KATEX_OPTIONS).toMatchObject({
      trust: false,
      throwOnError: false,
      output: 'htmlAndMathml',
    });
  });

  it('renderTex(tex) gives HTML for the eye and MathML for screen readers', () => {
    const html = renderTex('p_i = \\sigma(z_i)', true);
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('<math');
    expect(html).toContain('class="katex-html"');
  });

  it('renderTex(tex) makes no link, image or class from TeX, since trust is false', () => {
    for (const tex of [
      '\\href{javascript:alert(1)}{x}',
      '\\url{https://example.com}',
      '\\includegraphics{https://example.com/x.png}',
      '\\htmlClass{evil}{x}',
      '\\htmlStyle{color: red}{x}',
      '\\htmlData{foo=bar}{x}',
    ]) {
      const html = renderTex(tex, false);
      expect(html).not.toMatch(/<a |<img|class="evil"|style="color: red"|data-foo/);
    }
  });

  it('renderTex(bad TeX) shows the error in the page instead of throwing', () => {
    expect(renderTex('\\frac{1}{', true)).toContain('katex-error');
  });

  it('renderTex(tex, display, cached) returns the same HTML from its cache', () => {
    const first = renderTex('\\nabla J(\\theta)', true, true);
    expect(renderTex('\\nabla J(\\theta)', true, true)).toBe(first);
    expect(renderTex('\\nabla J(\\theta)', true, false)).toBe(first);
  });
});
