import { describe, expect, it } from 'vitest';
import { slideLayout } from '../../../src/ui/export/slideLayout';
import type { FigureLayers } from '../../../src/ui/export/slideSvg';
import { escapeXml, slideSvg } from '../../../src/ui/export/slideSvg';
import { slideCaption } from '../../../src/ui/export/caption';

const STYLE = {
  background: '#1a1e27',
  titleColor: '#e8ebf1',
  captionColor: '#a9b0bf',
  fontFamily: 'sans-serif',
};

const FIGURE: FigureLayers = {
  width: 400,
  height: 300,
  layers: [
    { kind: 'image', x: 52, y: 8, width: 338, height: 252, href: 'data:image/png;base64,AAAA' },
    {
      kind: 'svg',
      x: 0,
      y: 0,
      width: 400,
      height: 300,
      markup: '<svg xmlns="http://www.w3.org/2000/svg" x="0" y="0" width="400" height="300"/>',
    },
  ],
};

describe('slideSvg', () => {
  const layout = slideLayout(FIGURE);
  const svg = slideSvg(FIGURE, { title: 'Data space', caption: 'Iteration 3' }, STYLE, layout);

  it('is a 1920 × 1080 document on the theme’s background', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
    expect(svg).toContain('viewBox="0 0 1920 1080"');
    expect(svg).toContain('<rect width="1920" height="1080" fill="#1a1e27"/>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('stacks the layers in order inside the figure’s placement', () => {
    const { x, y, scale } = layout.figure;
    const group = `<g transform="translate(${Math.round(x * 1000) / 1000} ${Math.round(y * 1000) / 1000}) scale(${Number(scale.toPrecision(6))})">`;
    expect(svg).toContain(group);
    const image = svg.indexOf('<image x="52" y="8" width="338" height="252"');
    const layer = svg.indexOf('<svg xmlns="http://www.w3.org/2000/svg" x="0" y="0"');
    expect(image).toBeGreaterThan(svg.indexOf(group));
    expect(layer).toBeGreaterThan(image);
    expect(svg).toContain('href="data:image/png;base64,AAAA"');
  });

  it('writes the heading and the caption in the theme’s text colours', () => {
    expect(svg).toMatch(/<text [^>]*fill="#e8ebf1"[^>]*font-weight="600">Data space<\/text>/);
    expect(svg).toMatch(/<text [^>]*fill="#a9b0bf"[^>]*>Iteration 3<\/text>/);
  });

  it('escapes text, so a title cannot add markup', () => {
    const hostile = slideSvg(
      FIGURE,
      { title: '<script>alert(1)</script>', caption: 'a & "b"' },
      STYLE,
      layout,
    );
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('a &amp; &quot;b&quot;');
  });
});

describe('escapeXml', () => {
  it('escapes the five characters with a meaning in XML', () => {
    expect(escapeXml(`<a href='x'>&"</a>`)).toBe(
      '&lt;a href=&apos;x&apos;&gt;&amp;&quot;&lt;/a&gt;',
    );
  });
});

describe('slideCaption', () => {
  it('names the iteration, the loss and the learning rate in the page’s number format', () => {
    expect(slideCaption({ iteration: 12, loss: 0.41234567, learningRate: 0.5 })).toBe(
      'Iteration 12 · loss J = 0.412346 · learning rate η = 0.5',
    );
  });

  it('writes a diverged loss as words, never NaN', () => {
    const caption = slideCaption({ iteration: 40, loss: Number.NaN, learningRate: 30 });
    expect(caption).not.toContain('NaN');
    expect(caption).toContain('loss J = not a number');
  });

  it('leaves out what is not known yet', () => {
    expect(slideCaption({ iteration: null, loss: null, learningRate: 0.1 })).toBe(
      'learning rate η = 0.1',
    );
  });
});
