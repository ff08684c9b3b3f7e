import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, iterationText } from './support';

/**
 * The Content-Security-Policy (vite.config.ts): the app runs under it without a single violation,
 * KaTeX's typesetting keeps its inline style attributes, and what an attacker would try first
 * (an injected inline script, eval, an injected style sheet) is refused.
 */

declare global {
  interface Window {
    /** Filled by the init script below: every violation the page reports. */
    cspViolations: { directive: string; blocked: string; sample: string }[];
    injectedScriptRan?: boolean;
  }
}

const mathematics = (page: Page) => page.getByRole('region', { name: 'The mathematics' });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
});

const violations = (page: Page) => page.evaluate(() => window.cspViolations);

/** The page's own policy, from its <meta>, as a map of directive → sources. */
async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  return parsePolicy(content ?? '');
}

function parsePolicy(text: string): Map<string, string[]> {
  return new Map(
    text
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

test('the policy is strict, in the page and in the preview server’s header', async ({ page }) => {
  const response = await page.goto('./');
  const policy = await metaPolicy(page);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('style-src')).toEqual(["'self'"]);
  expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect(policy.get('font-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('form-action')).toEqual(["'none'"]);
  // frame-ancestors means nothing in a <meta> (Chromium says so in the console).
  expect(policy.has('frame-ancestors')).toBe(false);
  // No source anywhere allows inline script or eval.
  for (const [name, sources] of policy) {
    if (name.startsWith('script') || name === 'default-src' || name === 'worker-src') {
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
    }
  }

  // The header says the same, and lets any page frame the app (teachers embed it: embed.spec.ts).
  const header = parsePolicy((await response!.headerValue('content-security-policy')) ?? '');
  expect(header.get('frame-ancestors')).toEqual(['*']);
  for (const [name, sources] of policy) expect(header.get(name), name).toEqual(sources);

  // The built page has no inline script: every <script> has a src and nothing inside.
  const html = await (await page.request.get('./')).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc=/);
    expect(body.trim()).toBe('');
  }
  // No inline event handlers or inline styles in the page either.
  expect(html).not.toMatch(/\son[a-z]+=/i);
  expect(html).not.toMatch(/<style\b/i);
});

test('the app runs under the policy: training, the surface, the derivation in KaTeX, with no violation', async ({
  page,
}) => {
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  // Both workers (worker-src 'self'): steps, and the loss surface's contours.
  for (let k = 1; k <= 3; k++) {
    await button(page, 'Step').click();
    await expect(iterationText(page)).toHaveText(String(k));
  }
  // KaTeX's chunk, style sheet and fonts, and a step typeset afresh.
  const allPoints = mathematics(page)
    .locator('details')
    .filter({ has: page.locator('summary').filter({ hasText: 'All points at once' }) });
  await allPoints.locator('summary').click();
  await expect(allPoints.locator('.katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);

  // KaTeX sizes its struts (and more) with style attributes; style-src-attr lets them apply. Were they
  // blocked, every strut would be 0 px high and fractions would collapse.
  const struts = await mathematics(page)
    .locator('.katex-html [style*="height"]')
    .evaluateAll((elements) =>
      elements.slice(0, 20).map((element) => ({
        declared: (element as HTMLElement).style.height,
        computed: getComputedStyle(element).height,
      })),
    );
  expect(struts.length).toBeGreaterThan(0);
  for (const { declared, computed } of struts) {
    expect(parseFloat(computed), `strut declared ${declared}`).toBeGreaterThan(0);
  }

  // Figure export's images: data: and blob: URLs load.
  const images = await page.evaluate(async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="3" height="2"></svg>';
    const load = async (src: string) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return image.naturalWidth;
    };
    const blob = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
      return [await load(`data:image/svg+xml,${encodeURIComponent(svg)}`), await load(blob)];
    } finally {
      URL.revokeObjectURL(blob);
    }
  });
  expect(images).toEqual([3, 3]);

  await expect(mathematics(page).locator('.katex-error')).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
});

test('an injected inline script, eval and an injected style sheet are refused', async ({
  page,
  expectedErrors,
}) => {
  // Chromium reports the refused script and style sheet in the console (eval's refusal is the
  // EvalError it throws); these are the refusals this test provokes.
  expectedErrors.push(
    /inline script.*Content Security Policy|Content Security Policy.*inline script/i,
    /inline style.*Content Security Policy|Content Security Policy.*inline style/i,
  );
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  expect(await violations(page)).toEqual([]);

  // In a task of the page's own: code run by DevTools (page.evaluate itself) may eval freely.
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; evaluated: string; outline: string }>((resolve) => {
        setTimeout(() => {
          const script = document.createElement('script');
          script.textContent = 'window.injectedScriptRan = true;';
          document.body.append(script);

          let evaluated: string;
          try {
            evaluated = String(eval('6 * 7'));
          } catch (error) {
            evaluated = error instanceof Error ? error.name : String(error);
          }

          const style = document.createElement('style');
          style.textContent = 'body { outline: 7px dotted rgb(255, 0, 0); }';
          document.head.append(style);
          const outline = getComputedStyle(document.body).outlineStyle;

          resolve({ ran: window.injectedScriptRan ?? false, evaluated, outline });
        });
      }),
  );
  expect(outcome).toEqual({ ran: false, evaluated: 'EvalError', outline: 'none' });

  // Each reported once per policy that forbids it (the <meta>'s and the header's).
  await expect
    .poll(async () => [...new Set((await violations(page)).map((v) => v.directive))].sort())
    .toEqual(['script-src', 'script-src-elem', 'style-src-elem']);
  // The page itself is unharmed.
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('1');
});
