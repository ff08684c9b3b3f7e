import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/ui/text/format';
import {
  MAX_TEXT_LENGTH,
  texColor,
  texColumn,
  texFactor,
  texHighlight,
  texMatrix,
  texNumber,
  texSetting,
  texText,
  texTuple,
} from '../../../src/ui/derivation/tex';
import { KATEX_OPTIONS } from '../../../src/ui/derivation/renderTex';

/** KaTeX's HTML as the page renders it, with every LaTeX-compatibility issue an error too. */
const render = (tex: string) =>
  katex.renderToString(tex, { ...KATEX_OPTIONS, strict: 'error', throwOnError: true });

/** The text a reader sees in KaTeX's HTML (tags stripped, entities kept). */
const visibleText = (html: string) =>
  html.replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/, '').replace(/<[^>]*>/g, '');

describe('texNumber', () => {
  it('texNumber(x) writes the digits formatNumber shows, with an ASCII minus for TeX', () => {
    expect(texNumber(Math.LN2)).toBe('0.693147');
    expect(texNumber(-0.35368815747308213)).toBe('-0.353688');
    expect(texNumber(0)).toBe('0');
    expect(texNumber(1)).toBe('1.00000');
    expect(texNumber(-0.12345678, 4)).toBe('-0.1235');
  });

  it('texNumber(x) turns "m × 10ᵉ" into m \\times 10^{e}', () => {
    expect(texNumber(1.23456789e-8)).toBe('1.23457 \\times 10^{-8}');
    expect(texNumber(-2.5e-9)).toBe('-2.50000 \\times 10^{-9}');
    expect(texNumber(6.02214076e23)).toBe('6.02214 \\times 10^{23}');
    expect(texNumber(3.1e-10, 2)).toBe('3.1 \\times 10^{-10}');
  });

  it('texNumber(NaN) and texNumber(±Infinity) are words, never "NaN" or "Infinity"', () => {
    expect(texNumber(NaN)).toBe(`\\text{${formatNumber(NaN)}}`);
    expect(texNumber(Infinity)).toBe('\\text{overflow}');
    expect(texNumber(-Infinity)).toBe('\\text{negative overflow}');
    for (const value of [NaN, Infinity, -Infinity]) {
      expect(visibleText(render(texNumber(value)))).not.toMatch(/NaN|Infinity/);
    }
  });

  it('texNumber(x) renders to the same characters formatNumber(x) shows', () => {
    for (const value of [Math.LN2, -0.353688157, 12345.678, -7.5e-12]) {
      const shown = visibleText(render(texNumber(value))).replace(/\u200b/g, '');
      expect(shown.replace('×10', ' × 10')).toContain(formatNumber(value).split(' × 10')[0]);
    }
  });
});

describe('texFactor, texSetting, vectors and matrices', () => {
  it('texFactor(x) parenthesizes negatives and powers of ten, so a product never reads as a difference', () => {
    expect(texFactor(0.5, 4)).toBe('0.5000');
    expect(texFactor(-0.5, 4)).toBe('(-0.5000)');
    expect(texFactor(2e-9, 2)).toBe('(2.0 \\times 10^{-9})');
  });

  it('texSetting(x) writes a setting as short as it is exactly typed', () => {
    expect(texSetting(0.5)).toBe('0.5');
    expect(texSetting(1)).toBe('1');
    expect(texSetting(1e-7)).toBe('1 \\times 10^{-7}');
    expect(texSetting(2.5e21)).toBe('2.5 \\times 10^{21}');
  });

  it('texColumn, texTuple and texMatrix lay out formatted numbers', () => {
    expect(texColumn([1, -0.5])).toBe('\\begin{bmatrix}1.00000 \\\\ -0.500000\\end{bmatrix}');
    expect(texTuple([1, -0.5], 4)).toBe('(1.000,\\allowbreak\\ -0.5000)');
    expect(texMatrix([1, 2, 3, 4], 2, 2)).toBe(
      '\\begin{bmatrix}1.0 & 2.0 \\\\ 3.0 & 4.0\\end{bmatrix}',
    );
    expect(texMatrix([1, -2e-18, 3e-17, 4], 2, 2, 1e-12)).toBe(
      '\\begin{bmatrix}1.0 & 0 \\\\ 0 & 4.0\\end{bmatrix}',
    );
    for (const tex of [texColumn([1, -0.5]), texTuple([1, 2]), texMatrix([1, 2, 3, 4], 2)]) {
      expect(() => render(tex)).not.toThrow();
    }
  });
});

describe('texText, the escaper of user text', () => {
  it('texText(name) wraps plain names in \\text{…}', () => {
    expect(texText('temperature')).toBe('{\\text{temperature}}');
    expect(texText('')).toBe('\\text{}');
  });

  it('texText(name) makes every TeX special character a printed glyph', () => {
    const tex = texText('a\\b{c}$d&e#f%g_h^i~j');
    expect(tex).toBe(
      '{\\text{a\\textbackslash{}b\\textbraceleft{}c\\textbraceright{}\\$d\\&e\\#f\\%g\\_h\\textasciicircum{}i\\textasciitilde{}j}}',
    );
    expect(visibleText(render(tex))).toBe('a\\b{c}$d&amp;e#f%g_h^i~j');
  });

  it('texText(`<img src=x onerror=alert(1)>`) comes out as inert text, never as an element', () => {
    const html = render(texText('<img src=x onerror=alert(1)>'));
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('texText(`\\def\\x{}`) and other macros cannot define or call anything', () => {
    for (const name of [
      '\\def\\x{}',
      '\\gdef\\foo{bar}\\foo',
      '\\href{javascript:alert(1)}{click}',
      '\\htmlClass{evil}{x}',
      '}\\color{red}{',
      '$\\mathrm{x}$',
      '\\\\[1em]',
      '\\input{/etc/passwd}',
    ]) {
      const tex = texText(name);
      // Outside \text, TeX sees only balanced groups and escaped characters: no backslash
      // command from the name survives except the escapes themselves.
      const commands = tex.match(/\\[a-zA-Z]+/g) ?? [];
      expect(new Set(commands)).toEqual(
        new Set(
          commands.filter((c) =>
            ['\\text', '\\textbackslash', '\\textbraceleft', '\\textbraceright'].includes(c),
          ),
        ),
      );
      const html = render(tex);
      expect(html).not.toContain('katex-error');
      expect(html).not.toMatch(/<a |href=|class="evil"/);
      // What it shows is the name itself, character for character.
      expect(visibleText(html).replace(/&amp;/g, '&')).toBe(name);
    }
  });

  it('texText(name) turns control characters into spaces and keeps "--" as two hyphens', () => {
    expect(texText('a\nb\tc\u0000')).toBe('{\\text{a b c }}');
    expect(visibleText(render(texText('a--b')))).toBe('a--b');
  });

  it('texText(name) writes the feature map’s superscripts as real exponents', () => {
    expect(texText('x1²')).toBe('{\\text{x1}^{2}}');
    expect(texText('x1²·x2¹⁰')).toBe('{\\text{x1}^{2}\\text{·x2}^{10}}');
    expect(texText('²x')).toBe('{{}^{2}\\text{x}}');
    expect(() => render(texText('x1³·x2'))).not.toThrow();
  });

  it('texText(name) shortens names longer than MAX_TEXT_LENGTH with an ellipsis', () => {
    const long = 'a'.repeat(100);
    expect(texText(long)).toBe(`{\\text{${'a'.repeat(MAX_TEXT_LENGTH - 1)}…}}`);
  });
});

describe('texHighlight and texColor', () => {
  it('texHighlight(tex, colours) frames the term in \\fcolorbox with the theme’s colours', () => {
    const tex = texHighlight('p_i(1 - p_i)', { border: '#9a5b00', background: '#fdf3e1' });
    expect(tex).toBe('\\fcolorbox{#9a5b00}{#fdf3e1}{$p_i(1 - p_i)$}');
    expect(render(tex)).toContain('fcolorbox');
  });

  it('texColor(css) lets only "#rrggbb" into TeX', () => {
    expect(texColor(' #33270F ', '#000000')).toBe('#33270F');
    expect(texColor('red}\\def\\x{', '#000000')).toBe('#000000');
    expect(texColor('rgb(1, 2, 3)', '#000000')).toBe('#000000');
    expect(texHighlight('x', { border: '}', background: '' })).toBe(
      '\\fcolorbox{#9a5b00}{#fdf3e1}{$x$}',
    );
  });
});
