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
import { deflateRawSync, inflateRawSync } from 'node:zlib';
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

// Waits until the playground has reported a state that satisfies `predicate` (a function run in
// the page on window.threadhouse.state), and returns that state.
async function stateWhen(page, predicate, arg) {
  await page.waitForFunction(({ source, value }) => {
    const state = window.threadhouse && window.threadhouse.state;
    return state && new Function('state', 'value', `return (${source})(state, value);`)(state, value);
  }, { source: predicate.toString(), value: arg }, { timeout: 30000 });
  return page.evaluate(() => window.threadhouse.state);
}

// Presses a key and gives the playground a few frames to act on it.
async function press(page, key) {
  const frames = await page.evaluate(() => window.threadhouse.frames);
  await page.keyboard.press(key);
  await page.waitForFunction((seen) => window.threadhouse.frames >= seen + 3, frames, { timeout: 10000 });
}

// Clicks the way a hand does: move, press, release, each in its own frames, so the playground
// sees the hover before the press (ImGui tabs and buttons need it).
async function clickAt(page, x, y) {
  await page.mouse.move(x, y);
  await waitFrames(page, 3);
  await page.mouse.down();
  await waitFrames(page, 3);
  await page.mouse.up();
  await waitFrames(page, 3);
}

async function waitFrames(page, count) {
  const frames = await page.evaluate(() => window.threadhouse.frames);
  await page.waitForFunction(({ seen, n }) => window.threadhouse.frames >= seen + n, { seen: frames, n: count },
    { timeout: 10000 });
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

// The page keeps every edit in localStorage, per origin; the tests share one browser profile,
// so a test that edits an example forgets the edit before it ends.
async function forgetSavedWork(page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('threadhouse.program.')) localStorage.removeItem(key);
  });
}

// A share link's fragment, made here the way the format says (web/share_link.js), not by the
// page's own code: JSON, UTF-8, deflate-raw, base64url, behind "p=<version>.".
function shareFragment(program, version = 1) {
  return `#p=${version}.` + deflateRawSync(Buffer.from(JSON.stringify(program), 'utf8')).toString('base64url');
}

function programOfLink(url) {
  const value = new URLSearchParams(new URL(url).hash.slice(1)).get('p');
  assert.match(value, /^1\./);
  return JSON.parse(inflateRawSync(Buffer.from(value.slice(2), 'base64url')).toString('utf8'));
}

// Pastes `text` at the end of the file in the editor (see the clipboard test for why the
// 'paste' event is fired by hand), then clicks out of the editor so the keys step the run.
async function pasteAtEnd(page, text) {
  await page.mouse.click(260, 320);
  await press(page, 'Control+End');
  await page.keyboard.down('Control');
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await press(page, 'v');
  await page.keyboard.up('Control');
  await clickAt(page, 700, 300);  // the Call Stack panel
}

// How many different colours an image has: a blank or one-colour canvas has very few.
function distinctColours(file) {
  return Number(execFileSync('convert', [file, '-format', '%k', 'info:']).toString().trim());
}

// The Code panel's Reset and Share (tab-bar buttons right of Undo and Redo) at 1280x800 beside
// one file, where Reset's confirmation button appears (its popup opens at the pointer), and
// Share beside three files (the buttons then show their symbols only).
const kResetButton = [261, 192];
const kConfirmOffset = [81, 64];
const kShareButtonBesideThreeFiles = [380, 192];

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

  test('steps through "Boil water" with the keyboard, forwards and backwards', async () => {
    const { page, errors } = await openPage(urlOf(servers.plain, '?example=boil_water'));
    let state = await stateWhen(page, (s) => s.example === 'boil_water' && s.stepCount > 0);
    assert.equal(state.step, 0);
    assert.equal(state.files[0].name, 'main.js');
    // Right arrow: a statement at a time, through the whole script.
    for (let i = 0; i < 4; ++i) await press(page, 'ArrowRight');
    state = await stateWhen(page, (s) => s.step > 0);
    assert.deepEqual(state.console, ['Start']);
    await page.screenshot({ path: path.join(screenshots, 'boil-water-script-1280x800.png') });
    await press(page, 'ArrowRight');
    state = await stateWhen(page, (s) => s.console.length === 2);
    assert.deepEqual(state.console, ['Start', 'End']);
    // Down arrow: to the next task the event loop takes; by then the microtask has run.
    await press(page, 'ArrowDown');
    state = await stateWhen(page, (s) => s.console.length >= 3);
    assert.deepEqual(state.console, ['Start', 'End', 'Check mailbox']);
    await press(page, 'End');
    state = await stateWhen(page, (s) => s.step === s.stepCount);
    assert.deepEqual(state.console, ['Start', 'End', 'Check mailbox', 'Boil water']);
    await page.screenshot({ path: path.join(screenshots, 'boil-water-end-1280x800.png') });
    // Backwards: Left one statement, Home to the start.
    await press(page, 'ArrowLeft');
    state = await stateWhen(page, (s) => s.step < s.stepCount);
    assert.deepEqual(state.console, ['Start', 'End', 'Check mailbox']);
    await press(page, 'Home');
    state = await stateWhen(page, (s) => s.step === 0);
    assert.deepEqual(state.console, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const look of [
    { theme: 'light', width: 1280, height: 800, step: 10 },
    { theme: 'dark', width: 800, height: 500, step: 10 },
    { theme: 'light', width: 800, height: 500, step: 13 },
  ]) {
    test(`draws a mid-run step in the ${look.theme} theme at ${look.width}x${look.height}`, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width: look.width, height: look.height });
      await page.goto(urlOf(servers.plain, `?example=boil_water&step=${look.step}&theme=${look.theme}`));
      const state = await stateWhen(page, (s, step) => s.step === step, look.step);
      assert.equal(state.theme, look.theme);
      const frames = await page.evaluate(() => window.threadhouse.frames);
      await page.waitForFunction((seen) => window.threadhouse.frames >= seen + 3, frames);
      const file = path.join(screenshots, `boil-water-${look.theme}-${look.width}x${look.height}.png`);
      await page.screenshot({ path: file });
      assert.ok(distinctColours(file) > 50);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.close();
    });
  }

  test('opens examples through the test hook, and remembers the last one in localStorage', async () => {
    const { page, errors } = await openPage(urlOf(servers.plain));
    await stateWhen(page, (s) => s.example !== '');
    assert.equal(await page.evaluate(() => window.threadhouse.loadExample('fork_heavy_task')), true);
    const state = await stateWhen(page, (s) => s.example === 'fork_heavy_task');
    assert.deepEqual(state.files.map((file) => file.name), ['main.js', 'heavyTask.js']);
    await page.waitForFunction(() => (localStorage.getItem('threadhouse.settings') || '').includes('example=fork_heavy_task'));
    await page.reload();
    await stateWhen(page, (s) => s.example === 'fork_heavy_task');
    await page.evaluate(() => window.threadhouse.loadExample('boil_water'));
    await stateWhen(page, (s) => s.example === 'boil_water');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('copies from and pastes into the editor through the browser clipboard', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, errors } = await openPage(urlOf(servers.plain, '?example=boil_water'));
    const before = await stateWhen(page, (s) => s.example === 'boil_water' && s.stepCount > 0);
    // Click into the editor (the Code panel, left column), select everything and copy it.
    await page.mouse.click(260, 320);
    await press(page, 'Control+A');
    await press(page, 'Control+C');
    await page.waitForFunction(async (text) => (await navigator.clipboard.readText()) === text, before.files[0].text,
      { timeout: 10000 });
    // Paste a line at the end of the file. Headless Chromium has no platform key bindings, so
    // Ctrl+V does not make it paste by itself: the test fires the 'paste' event a browser fires
    // then (while Ctrl is held the page moves the focus to its hidden paste target).
    await press(page, 'Control+End');
    await page.keyboard.down('Control');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'paste-target');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'console.log("pasted");\n');
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await press(page, 'v');
    await page.keyboard.up('Control');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas', 'the canvas gets the keys back');
    const after = await stateWhen(page, (s) => s.files[0].text.includes('pasted'));
    assert.ok(after.files[0].text.startsWith(before.files[0].text));
    assert.equal(after.stale, true, 'editing marks the run stale');
    await forgetSavedWork(page);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('shows the examples menu and the task-list editor (screenshots)', async () => {
    const { page, errors } = await openPage(urlOf(servers.plain, '?example=boil_water&theme=dark'));
    await stateWhen(page, (s) => s.example === 'boil_water' && s.stepCount > 0);
    await page.mouse.click(157, 20);  // Examples
    let frames = await page.evaluate(() => window.threadhouse.frames);
    await page.waitForFunction((seen) => window.threadhouse.frames >= seen + 3, frames);
    await page.screenshot({ path: path.join(screenshots, 'examples-menu-1280x800.png') });
    await press(page, 'Escape');
    // "Boil water" is in the list's shape: its code reads back as a list of four tasks.
    const state = await stateWhen(page, (s) => s.tasks === 4);
    assert.equal(state.tasksReadOnly, false);
    await clickAt(page, 387, 192);  // the Code panel's "Task list" tab, right of Undo, Redo, Reset and Share
    await page.screenshot({ path: path.join(screenshots, 'task-list-1280x800.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("opens a teacher's own program from the URL (?code= and #code=)", async () => {
    const source = "setTimeout(() => console.log('timer'), 0);\nPromise.resolve().then(() => console.log('microtask'));\nconsole.log('sync');\n";
    for (const query of [`?code=${encodeURIComponent(source)}`, `?step=1000#code=${encodeURIComponent(source)}`]) {
      const { page, errors } = await openPage(urlOf(servers.plain, query));
      let state = await stateWhen(page, (s) => s.stepCount > 0);
      assert.equal(state.files[0].name, 'main.js');
      assert.equal(state.files[0].text, source);
      await press(page, 'End');
      state = await stateWhen(page, (s) => s.step === s.stepCount);
      assert.deepEqual(state.console, ['sync', 'microtask', 'timer']);
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  // A syntax error is the most common thing a learner's program has. The parser recovers from it
  // with a C++ exception, which each WebAssembly build must catch (TOOLCHAIN.md pitfall 11):
  // the page reports the error, keeps drawing, and runs the program again once it is fixed.
  for (const variant of [{ name: 'threaded', server: 'isolated' }, { name: 'single-threaded', server: 'plain' }]) {
    test(`reports a syntax error from the URL and from the editor on the ${variant.name} page`, async () => {
      const broken = 'console.log(1);\nlet x = ;\n';
      const { page, errors } = await openPage(urlOf(servers[variant.server], `?code=${encodeURIComponent(broken)}`));
      let state = await stateWhen(page, (s) => s.diagnostics.length > 0);
      assert.deepEqual(state.diagnostics.map((d) => [d.file, d.line, d.message]), [['main.js', 2, "Unexpected token ';'"]]);
      await page.screenshot({ path: path.join(screenshots, `syntax-error-${variant.name}-1280x800.png`) });
      await waitFrames(page, 10);

      // Fixed in the editor, it runs again by itself once the typing stops.
      await page.mouse.click(260, 320);
      await press(page, 'Control+A');
      await page.keyboard.type('console.log("fixed");');
      state = await stateWhen(page, (s) => s.files[0].text === 'console.log("fixed");' && !s.stale && !s.computing &&
        s.diagnostics.length === 0);
      await clickAt(page, 700, 300);  // out of the editor (the Call Stack panel): End steps to the end
      await press(page, 'End');
      state = await stateWhen(page, (s) => s.step === s.stepCount);
      assert.deepEqual(state.console, ['fixed']);

      // Broken again by typing: Node's words for it.
      await page.mouse.click(260, 320);
      await press(page, 'Control+End');
      await page.keyboard.type(' if (');
      state = await stateWhen(page, (s) => s.files[0].text.endsWith(' if (') && !s.stale && s.diagnostics.length > 0);
      assert.deepEqual(state.diagnostics.map((d) => [d.line, d.message]), [[1, 'Unexpected end of input']]);
      await waitFrames(page, 10);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  // A learner's endless loop must not freeze the tab or fill its memory: the run is held at its
  // allowance of events with a message, the page keeps drawing and answering, and Continue lets
  // the program run on as far again.
  test('holds an endless loop at its allowance, keeps drawing, and Continue lets it run on', async () => {
    const endless = 'let i = 0;\nwhile (true) {\n  i++;\n}\n';
    const { page, errors } = await openPage(urlOf(servers.plain, `?code=${encodeURIComponent(endless)}`));
    let state = await stateWhen(page, (s) => s.heldAtAllowance);
    const held = state.events;
    assert.ok(held >= 2000000, `held after ${held} events`);
    assert.ok(state.computing, 'held, not ended');
    await waitFrames(page, 10);
    state = await page.evaluate(() => window.threadhouse.state);
    assert.equal(state.events, held, 'nothing more is computed while held');
    await page.screenshot({ path: path.join(screenshots, 'endless-loop-held-1280x800.png') });

    // The steps so far can be explored while it is held.
    await clickAt(page, 700, 300);
    await press(page, 'ArrowRight');
    state = await stateWhen(page, (s) => s.step > 0);
    assert.ok(state.heldAtAllowance);

    // Continue (Space) runs it on (as far again: the UI tests check where it is held next), and
    // Pause (Space) holds it at once.
    await press(page, 'Space');
    state = await stateWhen(page, (s, before) => !s.heldAtAllowance && s.events > before, held);
    await press(page, 'Space');
    await waitFrames(page, 3);
    const paused = (await page.evaluate(() => window.threadhouse.state)).events;
    await waitFrames(page, 10);
    assert.equal((await page.evaluate(() => window.threadhouse.state)).events, paused, 'Pause holds it');
    assert.deepEqual(errors, []);
    await page.close();
  });

  // Threads and processes run on the engine in both variants: the threaded page hands the baton
  // between its pthreads, the single-threaded one runs the agents in turns on one thread; both
  // show the same run, with a lane per agent and the messages' arrows on the timeline.
  for (const variant of [{ name: 'threaded', server: 'isolated' }, { name: 'single-threaded', server: 'plain' }]) {
    test(`runs the chefs' workers on the ${variant.name} page and shows their lanes`, async () => {
      const { page, errors } = await openPage(urlOf(servers[variant.server], '?example=many_chefs'));
      await stateWhen(page, (s) => s.example === 'many_chefs' && !s.computing && s.stepCount > 0);
      await press(page, 'End');
      const state = await stateWhen(page, (s) => s.step === s.stepCount && s.agents.length === 3);
      assert.deepEqual(state.agents.map((agent) => agent.name), ['main', 'worker 1', 'worker 2']);
      assert.equal(state.console.filter((line) => line.startsWith('Chef received order')).length, 2);
      assert.equal(state.console.filter((line) => line.includes('Order completed')).length, 2);
      const file = path.join(screenshots, `workers-${variant.name}-1280x800.png`);
      await page.screenshot({ path: file });
      assert.ok(distinctColours(file) > 50, `the page looks blank: ${file}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  // The toolbar's "Parallel": on the threaded page the chefs run at once, each on one of the
  // page's threads; the single-threaded page has no threads, so the switch is greyed out there
  // and the workers keep taking turns.
  test('runs the chefs in parallel on the threaded page, and not on the single-threaded one', async () => {
    const kParallelSwitch = [524, 20];
    const kTakeTurnsSwitch = [451, 20];
    const { page, errors } = await openPage(urlOf(servers.isolated, '?example=many_chefs'));
    await stateWhen(page, (s) => s.example === 'many_chefs' && s.runThreads === 'baton' && s.stepCount > 0);
    await clickAt(page, ...kParallelSwitch);
    await stateWhen(page, (s) => s.threads === 'parallel' && s.runThreads === 'parallel' && !s.computing && s.stepCount > 0);
    await press(page, 'End');
    let state = await stateWhen(page, (s) => s.step === s.stepCount && s.agents.length === 3);
    assert.deepEqual([...state.console].sort(), [
      'Chef 1: Order completed: Cooking dish 1...', 'Chef 2: Order completed: Cooking dish 2...',
      'Chef received order: Cooking dish 1...', 'Chef received order: Cooking dish 2...',
      'Restaurant opened with multiple chefs...']);
    assert.equal(state.console[0], 'Restaurant opened with multiple chefs...');
    await page.mouse.move(250, 600);  // away from the switch: no tooltip over the page
    await waitFrames(page, 3);
    await page.screenshot({ path: path.join(screenshots, 'workers-parallel-threaded-1280x800.png') });
    await clickAt(page, ...kTakeTurnsSwitch);  // back, so the other tests find the default
    await stateWhen(page, (s) => s.threads === 'turns' && s.runThreads === 'baton' && s.stepCount > 0);
    await page.waitForFunction(() => (localStorage.getItem('threadhouse.settings') || '').includes('threads=turns'));
    assert.deepEqual(errors, []);
    await page.close();

    const plain = await openPage(urlOf(servers.plain, '?example=many_chefs'));
    await stateWhen(plain.page, (s) => s.example === 'many_chefs' && s.stepCount > 0);
    await clickAt(plain.page, ...kParallelSwitch);
    await waitFrames(plain.page, 10);
    state = await plain.page.evaluate(() => window.threadhouse.state);
    assert.equal(state.threads, 'turns');
    assert.equal(state.runThreads, 'cooperative');
    await plain.page.screenshot({ path: path.join(screenshots, 'parallel-unavailable-1280x800.png') });
    assert.deepEqual(plain.errors, []);
    await plain.page.close();
  });

  // Saved work: every edit is kept in localStorage as it happens, per example, and a reload
  // shows and runs the edited program; Reset (the Code panel's tab bar, then its confirmation)
  // brings the example back and forgets the edit.
  for (const variant of [{ name: 'threaded', server: 'isolated' }, { name: 'single-threaded', server: 'plain' }]) {
    test(`keeps an edit across a reload, and Reset brings the example back, on the ${variant.name} page`, async () => {
      const { page, errors } = await openPage(urlOf(servers[variant.server], '?example=boil_water'));
      const original = await stateWhen(page, (s) => s.example === 'boil_water' && s.stepCount > 0 && !s.computing);
      assert.equal(original.programChanged, false);
      await pasteAtEnd(page, 'console.log("kept");\n');
      await stateWhen(page, (s) => s.files[0].text.includes('kept') && s.programChanged);
      await page.waitForFunction(() => (localStorage.getItem('threadhouse.program.example.boil_water') || '').includes('kept'));

      await page.reload();
      let state = await stateWhen(page, (s) => s.example === 'boil_water' && s.stepCount > 0 && !s.computing);
      assert.equal(state.files[0].text, original.files[0].text + 'console.log("kept");\n');
      assert.equal(state.programChanged, true);
      await press(page, 'End');
      state = await stateWhen(page, (s) => s.step === s.stepCount);
      assert.deepEqual(state.console, ['Start', 'End', 'kept', 'Check mailbox', 'Boil water']);
      await page.mouse.move(...kResetButton);
      await waitFrames(page, 30);  // the tooltip appears after a moment
      await page.screenshot({ path: path.join(screenshots, `saved-edit-${variant.name}-1280x800.png`) });

      await clickAt(page, ...kResetButton);
      await page.screenshot({ path: path.join(screenshots, `reset-confirm-${variant.name}-1280x800.png`) });
      await clickAt(page, kResetButton[0] + kConfirmOffset[0], kResetButton[1] + kConfirmOffset[1]);
      state = await stateWhen(page, (s) => !s.programChanged && s.stepCount > 0);
      assert.equal(state.files[0].text, original.files[0].text);
      assert.equal(await page.evaluate(() => localStorage.getItem('threadhouse.program.example.boil_water')), null);
      await page.reload();
      state = await stateWhen(page, (s) => s.example === 'boil_water' && s.stepCount > 0);
      assert.equal(state.files[0].text, original.files[0].text);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  // A program of three files with non-Latin text and an emoji, in a link made by the format's
  // own rules; the page opens exactly those files, and its Share button makes a link that
  // decodes to the same files and opens them again.
  test('opens a share link of three files, and Share copies a link that opens them again', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const program = {
      profile: 'node',
      files: [
        { name: 'main.js', text: "const greet = require('./greet');\nconsole.log(greet('Zoë'));\n// 注释: 🧵\n" },
        { name: 'greet.js', text: "const words = require('./words');\nmodule.exports = (name) => `${words.hello}, ${name} ${words.wave}`;\n" },
        { name: 'words.js', text: "module.exports = { hello: 'こんにちは', wave: '👋🏽' };\n" },
      ],
    };
    const { page, errors } = await openPage(urlOf(servers.plain, shareFragment(program)));
    let state = await stateWhen(page, (s) => s.files.length === 3 && s.stepCount > 0 && !s.computing);
    assert.deepEqual(state.files, program.files);
    assert.equal(state.example, '');
    assert.equal(state.runProfile, 'node');
    await press(page, 'End');
    state = await stateWhen(page, (s) => s.step === s.stepCount);
    assert.deepEqual(state.console, ['こんにちは, Zoë 👋🏽']);
    await page.screenshot({ path: path.join(screenshots, 'share-link-opened-1280x800.png') });

    await clickAt(page, ...kShareButtonBesideThreeFiles);
    const url = await page.waitForFunction(() => window.threadhouse.sharedUrl).then((handle) => handle.jsonValue());
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
    assert.match(await page.evaluate(() => window.threadhouse.notice), /^Link copied/);
    await page.screenshot({ path: path.join(screenshots, 'share-copied-1280x800.png') });
    assert.deepEqual(programOfLink(url), program);
    await page.close();

    const again = await openPage(url);
    state = await stateWhen(again.page, (s) => s.files.length === 3 && s.stepCount > 0);
    assert.deepEqual(state.files, program.files);
    assert.deepEqual(errors, []);
    assert.deepEqual(again.errors, []);
    await forgetSavedWork(again.page);
    await again.page.close();
  });

  // A hostile or broken link is refused with one line, and the page opens as it would without
  // it: the edit saved before is still there.
  test('refuses a malformed, a too large and a newer share link, keeping the saved edit', async () => {
    const saved = { version: 1, files: [{ name: 'main.js', text: 'console.log("my saved edit");\n' }] };
    const huge = { profile: 'node', files: [{ name: 'main.js', text: '// ' + 'x'.repeat(300 * 1024) + '\n' }] };
    const cases = [
      ['#p=1.@@not-base64@@', /cannot be opened: it has characters/],
      ['#p=1.' + Buffer.from('not deflate at all').toString('base64url'), /cannot be opened: it is cut short or damaged/],
      [shareFragment(huge), /cannot be opened: its program is larger than 200 kB/],
      [shareFragment({ files: [{ name: 'main.js', text: '' }] }, 2), /cannot be opened: it was made by a newer version/],
    ];
    for (const [fragment, message] of cases) {
      const { page, errors } = await openPage(urlOf(servers.plain));
      await page.evaluate((record) => localStorage.setItem('threadhouse.program.example.boil_water', record),
        JSON.stringify(saved));
      await page.goto(urlOf(servers.plain, '?example=boil_water' + fragment));
      const state = await stateWhen(page, (s) => s.example === 'boil_water' && s.stepCount > 0);
      assert.deepEqual(state.files, saved.files);
      assert.match(await page.evaluate(() => window.threadhouse.notice), message);
      assert.ok(await page.locator('#notice').isVisible());
      if (fragment.startsWith('#p=1.@@')) await page.screenshot({ path: path.join(screenshots, 'share-link-refused-1280x800.png') });
      await forgetSavedWork(page);
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  // A sandboxed iframe or a private window: even reading window.localStorage throws. The page
  // still runs, keeps edits in memory, says so in one line, and logs no error.
  test('runs with no console errors when localStorage throws, and says edits are not kept', async () => {
    const { page, errors } = await openPage(urlOf(servers.plain, '?example=boil_water'), {
      initScript: () => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true, get() { throw new DOMException('The document is sandboxed', 'SecurityError'); },
        });
      },
    });
    await stateWhen(page, (s) => s.example === 'boil_water' && s.stepCount > 0);
    assert.match(await page.evaluate(() => window.threadhouse.notice), /does not let the page store anything/);
    await pasteAtEnd(page, 'console.log("in memory");\n');
    await stateWhen(page, (s) => s.files[0].text.includes('in memory') && s.programChanged);
    // Opening another example and coming back finds the edit in memory.
    await page.evaluate(() => window.threadhouse.loadExample('timers_and_microtasks'));
    await stateWhen(page, (s) => s.example === 'timers_and_microtasks');
    await page.evaluate(() => window.threadhouse.loadExample('boil_water'));
    await stateWhen(page, (s) => s.example === 'boil_water' && s.files[0].text.includes('in memory'));
    await page.screenshot({ path: path.join(screenshots, 'storage-unavailable-1280x800.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('runs the program as a browser does when asked, and remembers the choice', async () => {
    const { page, errors } = await openPage(urlOf(servers.plain, '?example=timers_and_microtasks&profile=browser'));
    let state = await stateWhen(page, (s) => s.example === 'timers_and_microtasks' && s.stepCount > 0);
    assert.equal(state.profile, 'browser');
    assert.equal(state.runProfile, 'browser');
    await press(page, 'End');
    state = await stateWhen(page, (s) => s.step === s.stepCount);
    await page.screenshot({ path: path.join(screenshots, 'browser-profile-1280x800.png') });
    // The toolbar's switch: "Node.js" runs it again under Node, and the choice is saved.
    await clickAt(page, 298, 20);
    state = await stateWhen(page, (s) => s.profile === 'node' && s.runProfile === 'node' && s.stepCount > 0);
    await page.waitForFunction(() => (localStorage.getItem('threadhouse.settings') || '').includes('profile=node'));
    assert.equal(state.compressIdle, true, 'the timeline squeezes idle waits by default');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
