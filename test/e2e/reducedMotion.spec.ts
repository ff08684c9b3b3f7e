import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, iterationText } from './support';

/**
 * prefers-reduced-motion: reduce, as a user who asked their system for it meets the page: nothing
 * transitions, animates or scrolls smoothly, and the run still steps and plays.
 */

/** Every element (and its ::before and ::after) whose transitions or animations take time. */
async function moving(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (list: string) =>
      list.split(',').reduce((sum, part) => sum + (parseFloat(part) || 0), 0);
    const out: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const time =
          seconds(style.transitionDuration) +
          seconds(style.transitionDelay) +
          (style.animationName === 'none'
            ? 0
            : seconds(style.animationDuration) + seconds(style.animationDelay));
        if (time > 0)
          out.push(`${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ''}`);
      }
    }
    return out;
  });
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Records how the page scrolls its own boxes: a smooth scroll is motion too.
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { scrollCalls: string[] }).scrollCalls = calls;
    const original = Element.prototype.scrollBy;
    Element.prototype.scrollBy = function (this: Element, ...args: unknown[]) {
      const options = args[0];
      calls.push(
        typeof options === 'object' && options !== null
          ? String((options as ScrollToOptions).behavior ?? 'auto')
          : 'auto',
      );
      return (original as (...a: unknown[]) => void).apply(this, args);
    } as typeof Element.prototype.scrollBy;
  });
});

test('nothing on the page transitions or animates, even what a component adds later', async ({
  page,
}) => {
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
    true,
  );
  expect(await moving(page)).toEqual([]);

  // A transition and an endless animation such as a component might add: the global rule stops
  // both, and their end events still come (code that waits for them goes on).
  // (Through the CSSOM: the page's Content-Security-Policy refuses inline <style>.)
  const probe = await page.evaluate(async () => {
    const sheet = [...document.styleSheets].find((candidate) => candidate.href !== null)!;
    sheet.insertRule(
      '@keyframes probe-spin { to { transform: rotate(360deg); } }',
      sheet.cssRules.length,
    );
    const element = document.createElement('div');
    element.textContent = 'probe';
    element.style.transition = 'opacity 2s ease 1s';
    element.style.animation = 'probe-spin 3s infinite';
    document.body.append(element);
    const ended = new Promise<string>((resolve) => {
      element.addEventListener('animationend', () => resolve('animationend'));
      setTimeout(() => resolve('no animationend'), 1000);
    });
    const computed = getComputedStyle(element);
    const result = {
      transition: `${computed.transitionDuration} ${computed.transitionDelay}`,
      animation: `${computed.animationDuration} ${computed.animationIterationCount}`,
      ended: await ended,
    };
    element.remove();
    return result;
  });
  expect(probe).toEqual({ transition: '0s 0s', animation: '0s 1', ended: 'animationend' });
});

test('the run still steps and plays, and the open menus and the guide do not move', async ({
  page,
}) => {
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('1');
  await button(page, 'Play').click();
  await expect.poll(async () => Number(await iterationText(page).textContent())).toBeGreaterThan(5);
  await button(page, 'Pause').click();
  await expect(button(page, 'Play')).toBeVisible();
  await page.getByText('Hide parts').click();
  await button(page, 'Start the guide').click();
  await button(page, 'Presentation mode').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  expect(await moving(page)).toEqual([]);
});

test('slow motion moves the derivation to each phase without smooth scrolling', async ({
  page,
}) => {
  // Wide and short: the derivation scrolls in its own box, so each phase scrolls it.
  await page.setViewportSize({ width: 1600, height: 700 });
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  const speed = page.getByRole('slider', { name: 'Speed' });
  await speed.focus();
  await page.keyboard.press('Home');
  await expect(speed).toHaveAttribute('aria-valuetext', /slow motion/);
  await button(page, 'Step').click();
  const caption = page.getByRole('status', { name: 'Slow motion' });
  await expect(caption).toContainText('phase 4 of 4');
  await expect(iterationText(page)).toHaveText('1');
  const calls = await page.evaluate(
    () => (window as unknown as { scrollCalls: string[] }).scrollCalls,
  );
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.filter((behavior) => behavior === 'smooth')).toEqual([]);
});
