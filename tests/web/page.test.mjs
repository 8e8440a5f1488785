// Loads the built page (build/site) in headless Chromium, the way a learner would, in both
// variants: from a cross-origin isolated server (threaded build) and from one that sends no
// COOP/COEP headers, like a course site's iframe (single-threaded build). Each must draw its
// first frames with no console errors. Screenshots land in tests/web/screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../web/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const site = path.join(here, '..', '..', 'build', 'site');
const screenshots = path.join(here, 'screenshots');
const kChromium = '/usr/lib/chromium/chromium';
const kFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader'];

let context;
let profile;
const servers = {};

before(async () => {
  assert.ok(existsSync(path.join(site, 'index.html')), 'build/site is missing: run scripts/build-web.sh');
  mkdirSync(screenshots, { recursive: true });
  servers.isolated = await serve({ root: site, port: 0, isolation: true });
  servers.plain = await serve({ root: site, port: 0, isolation: false });
  profile = mkdtempSync(path.join(tmpdir(), 'threadhouse-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: kChromium, headless: true, args: kFlags, viewport: { width: 1280, height: 800 },
  });
});

after(async () => {
  await context?.close();
  for (const server of Object.values(servers)) server.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

function urlOf(server, query = '') {
  return `http://127.0.0.1:${server.address().port}/${query}`;
}

// Opens a page and records every console error and uncaught page error it produces.
async function openPage(url, { initScript } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    // SwiftShader's "GPU stall due to ReadPixels" is a performance note, not an error.
    if (message.type() === 'error' && !/GPU stall due to ReadPixels/.test(message.text())) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  if (initScript) await page.addInitScript(initScript);
  await page.goto(url);
  return { page, errors };
}

// How many different colours an image has: a blank or one-colour canvas has very few.
function distinctColours(file) {
  return Number(execFileSync('convert', [file, '-format', '%k', 'info:']).toString().trim());
}

describe('the page', () => {
  for (const variant of [
    { name: 'threaded', server: 'isolated', build: 'mt', isolated: true },
    { name: 'single-threaded', server: 'plain', build: 'st', isolated: false },
  ]) {
    test(`loads the ${variant.name} build and draws the playground`, async () => {
      const { page, errors } = await openPage(urlOf(servers[variant.server]));
      await page.waitForFunction(() => window.threadhouse.frames >= 5 || window.threadhouse.error,
        null, { timeout: 30000 });
      const state = await page.evaluate(() => ({ ...window.threadhouse, isolated: self.crossOriginIsolated }));
      assert.equal(state.error, null);
      assert.equal(state.isolated, variant.isolated);
      assert.equal(state.variant, variant.build);
      assert.ok(state.started);
      assert.ok(await page.locator('#status').isHidden(), 'the loading message should be gone');

      const file = path.join(screenshots, `page-${variant.name}.png`);
      await page.screenshot({ path: file });
      const colours = distinctColours(file);
      assert.ok(colours > 50, `the canvas looks blank: only ${colours} colours in ${file}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('follows the window when it is resized (an 800x500 embed)', async () => {
    const { page, errors } = await openPage(urlOf(servers.plain));
    await page.waitForFunction(() => window.threadhouse.frames >= 3, null, { timeout: 30000 });
    await page.setViewportSize({ width: 800, height: 500 });
    const frames = await page.evaluate(() => window.threadhouse.frames);
    await page.waitForFunction((seen) => window.threadhouse.frames >= seen + 5, frames, { timeout: 30000 });
    const canvas = await page.evaluate(() => {
      const element = document.getElementById('canvas');
      return { css: element.clientWidth, backing: element.width, dpr: window.devicePixelRatio };
    });
    assert.equal(canvas.css, 800);
    assert.equal(canvas.backing, Math.round(800 * canvas.dpr));
    const file = path.join(screenshots, 'page-embed-800x500.png');
    await page.screenshot({ path: file });
    assert.ok(distinctColours(file) > 50);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('explains, instead of a blank canvas, when WebGL2 is missing', async () => {
    const { page } = await openPage(urlOf(servers.plain), {
      initScript: () => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
          return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
        };
      },
    });
    await page.waitForFunction(() => window.threadhouse.error !== null, null, { timeout: 10000 });
    const text = await page.locator('#status').innerText();
    assert.match(text, /cannot draw Threadhouse/);
    assert.match(text, /WebGL 2/);
    assert.ok(await page.locator('#canvas').isHidden());
    await page.close();
  });

  test('explains, instead of a blank canvas, when WebAssembly is missing', async () => {
    const { page } = await openPage(urlOf(servers.plain), {
      initScript: () => { delete globalThis.WebAssembly; },
    });
    await page.waitForFunction(() => window.threadhouse.error !== null, null, { timeout: 10000 });
    assert.match(await page.locator('#status').innerText(), /needs WebAssembly/);
    await page.close();
  });
});
