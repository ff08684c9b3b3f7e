import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
// Vitest's defineConfig is Vite's, with the `test` block typed too.
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy, one directive a line. Nothing inline may run and nothing may be
 * evaluated; every script, worker, style sheet, font and fetch comes from the app's own origin.
 *   style-src-attr  KaTeX's HTML carries `style="…"` attributes (heights, struts, colours), set
 *                   through innerHTML, so inline style *attributes* are allowed; <style> elements
 *                   and style sheets (style-src) still come from 'self' only. React's `style`
 *                   prop and d3's .style() use the CSSOM, which CSP does not restrict.
 *   img-src         data: and blob: for figure export (canvas.toDataURL, Blob URLs).
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];
/** What a <meta> can carry. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
/**
 * A header can say more: frame-ancestors is ignored (with a console error) in a <meta>. Any page
 * may frame the app: teachers embed it in course pages on hosts we cannot list (`embed=` links).
 * Framing is safe here: the app holds no account, sends nothing anywhere, and an embedded page
 * never reads its parent nor writes the reader's storage (src/ui/app/embed.ts).
 */
export const CONTENT_SECURITY_POLICY_HEADER = [...CSP_DIRECTIVES, 'frame-ancestors *'].join('; ');

/**
 * Puts the policy into the built index.html as the first element of <head>, so it covers every
 * script and style sheet after it. Build only: the development server needs an inline script
 * (React Fast Refresh's preamble) that the policy would rightly block.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    VitePWA({
      /*
       * 'prompt', not 'autoUpdate': a new version is installed in the background but waits until
       * the user says so (a "Reload" button) or the page is next opened. autoUpdate would reload
       * the page the moment a deploy lands, in the middle of a lecture, losing the run on screen.
       */
      registerType: 'prompt',
      // Registered by the app's own code (src/shell/serviceWorker.ts): no inline script.
      injectRegister: false,
      manifest: {
        id: './',
        name: 'Logistic regression, one step at a time',
        short_name: 'Logistic GD',
        description:
          'Watch logistic regression learn: gradient descent shown in data space, in parameter space and in the mathematics, one step at a time.',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#2f5bd3',
        background_color: '#f5f6f8',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        /*
         * Everything one visit needs to work without a network: the page, its scripts (the two
         * Web Workers and the lazily loaded KaTeX chunk are files in assets/ like the rest), the
         * style sheets, KaTeX's fonts (woff2 only: every browser with service workers takes the
         * woff2 of each @font-face), the icons and the shipped data sets.
         */
        // (The manifest and its icons are added by the plugin itself: not globbed twice.)
        globPatterns: [
          '**/*.{html,js,css,woff2,svg}',
          'icons/apple-touch-icon-*.png',
          'datasets/*.json',
        ],
        // A deep link or a reload offline gets the app's page (links carry their state in #).
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // A shipped data set may be larger than Workbox's default limit of 2 MiB; fail loudly
        // at build time (the plugin warns) rather than silently leaving one out.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  // Relative asset URLs, so the built app works from any sub-path of any static host
  // (a GitHub Pages project site, a folder on a course server, a USB stick).
  base: './',
  build: {
    // Every browser that runs this app supports <link rel="modulepreload">; Vite's polyfill for
    // it is not needed, and leaving it out keeps the output free of any script we did not write.
    modulePreload: { polyfill: false },
    // Vite inlines small assets as data: URLs; a font inlined so would need font-src data:.
    // Fonts stay files (cached by the service worker like the rest); other assets as usual.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
  },
  preview: {
    // As a static host should serve it; a header, unlike the <meta>, can say who may frame it.
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER },
  },
  worker: {
    // Module workers, so the training worker (still to come) can import the engine as ES modules.
    format: 'es',
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // End-to-end tests run in Chromium under Playwright, not in Vitest.
    exclude: [...configDefaults.exclude, 'test/e2e/**'],
    // The engine and the worker loop are tested in Node; a UI test opts into jsdom
    // with a `// @vitest-environment jsdom` comment at its top.
    environment: 'node',
    // Property tests run hundreds of cases; on a loaded two-core machine some take more than
    // Vitest's 5 s default. The timeout is there to catch a hang: no unit test checks speed.
    testTimeout: 30_000,
    // The default reporter for people, plus a JSON file that .ci/count-results.mjs reads.
    // It lives outside test-results/playwright, which Playwright wipes when it starts.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
