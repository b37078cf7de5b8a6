/**
 * The search page in a real browser: Debian's Chromium (/usr/bin/chromium) driven by
 * playwright-core against the real app and engine, in this process. Types a half-built syllable
 * (also through real IME composition events), a choseong query, a query typed in the wrong
 * keyboard layout, navigates with the arrow keys, submits typos, and checks that slow answers
 * never overwrite newer ones and that a page on another origin works when CORS allows it.
 * Screenshots go to test-artifacts/.
 *
 * Needs Chromium: `apt-get update && apt-get install -y chromium` (or another build named by
 * BARO_CHROMIUM). Without it the tests fail, unless BARO_SKIP_BROWSER=1 skips them.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { WEB_DIR } from '../src/web/index.js';
import { serve, type Served } from './middleware-helpers.js';
import { realEngine, start, TEST_CONFIG, type Running } from './service-helpers.js';

const CHROMIUM = process.env['BARO_CHROMIUM'] ?? '/usr/bin/chromium';

// The tests are type-checked without the DOM library; these are the few page globals that the
// functions run in the page (page.evaluate) touch.
interface PageInput {
  value: string;
  addEventListener(type: string, listener: () => void): void;
  dispatchEvent(event: unknown): boolean;
}
interface PageGlobals {
  document: { getElementById(id: string): PageInput | null };
  CompositionEvent: new (type: string, init: { data: string }) => unknown;
  composition: string[];
}
const ARTIFACTS = join(import.meta.dirname, '..', 'test-artifacts');
const skip = process.env['BARO_SKIP_BROWSER'] === '1' ? 'BARO_SKIP_BROWSER=1' : false;

const MISSING = `Chromium is not installed at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\`, or set BARO_SKIP_BROWSER=1 to skip the browser tests`;

// Its own test, so a machine without Chromium counts a plain failure with the fix in its message.
it('Chromium is installed', { skip }, () => {
  assert.ok(existsSync(CHROMIUM), MISSING);
});

describe('the search page in Chromium', { skip }, () => {
  let app: Running;
  let context: BrowserContext;
  let profile: string;
  let page: Page;
  let pageErrors: string[] = [];

  before(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(MISSING);
    app = await start({ engine: realEngine() });
    profile = mkdtempSync(join(tmpdir(), 'baro-chromium-'));
    // A persistent context is how playwright takes a fresh --user-data-dir.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 900, height: 720 },
      locale: 'ko-KR',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context.setDefaultTimeout(5000);
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    await app?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** A fresh tab on the page, recording script errors. */
  async function openPage(url = `${app.url}/`): Promise<Page> {
    await page?.close();
    pageErrors = [];
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
    await page.goto(url);
    await page.locator('#q').focus();
    return page;
  }

  afterEach(() => {
    assert.deepEqual(pageErrors, [], 'no script errors on the page');
  });

  const suggestions = (): Promise<string[]> => page.locator('#suggestions li .text').allInnerTexts();
  const waitForSuggestion = (text: string): Promise<void> => page.locator('#suggestions li', { hasText: text }).first().waitFor();
  const tagsOf = (text: string): Promise<string[]> => page.locator('#suggestions li', { hasText: text }).first().locator('.tag').allInnerTexts();

  it('serves the page', async () => {
    await openPage();
    assert.equal(await page.title(), 'baro · 한국어 검색어 교정');
    assert.equal(await page.locator('#suggestions').isHidden(), true);
    assert.equal(await page.locator('#results').isHidden(), true);
  });

  it('아잎 (half-typed 아이폰): suggestions include 아이폰', async () => {
    await openPage();
    await page.keyboard.insertText('아잎');
    await waitForSuggestion('아이폰');
    assert.ok((await suggestions()).includes('아이폰'), String(await suggestions()));
    assert.equal(await page.locator('#q').getAttribute('aria-expanded'), 'true');
    await page.screenshot({ path: join(ARTIFACTS, 'web-suggestions.png') });
  });

  it('아잎 through IME composition: suggestions appear while the syllable is still being built', async () => {
    await openPage();
    await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      w.composition = [];
      for (const type of ['compositionstart', 'compositionupdate', 'compositionend']) w.document.getElementById('q')?.addEventListener(type, () => w.composition.push(type));
    });
    // What a 2-beolsik IME does for ㅇ ㅏ ㅇ ㅣ ㅍ: build 아, then 앙, commit 아, build 이, then 잎.
    const cdp = await context.newCDPSession(page);
    for (const text of ['ㅇ', '아', '앙']) await cdp.send('Input.imeSetComposition', { text, selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '아' });
    for (const text of ['ㅇ', '이', '잎']) await cdp.send('Input.imeSetComposition', { text, selectionStart: 1, selectionEnd: 1 });
    await waitForSuggestion('아이폰');
    assert.equal(await page.locator('#q').inputValue(), '아잎');
    const events = await page.evaluate(() => (globalThis as unknown as PageGlobals).composition);
    assert.equal(events.at(-1), 'compositionupdate', `still composing: ${events.join(' ')}`);
    await cdp.send('Input.insertText', { text: '잎' });
    await cdp.detach();
  });

  it('a compositionupdate alone (an IME that sends no input events) asks for suggestions', async () => {
    await openPage();
    await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      const q = w.document.getElementById('q');
      if (!q) throw new Error('#q is missing');
      q.value = '아잎';
      q.dispatchEvent(new w.CompositionEvent('compositionupdate', { data: '잎' }));
    });
    await waitForSuggestion('아이폰');
  });

  it('ㅁㄹㅌㅋ (choseong): 멜론티켓, tagged 초성', async () => {
    await openPage();
    await page.keyboard.insertText('ㅁㄹㅌㅋ');
    await waitForSuggestion('멜론티켓');
    assert.equal((await suggestions())[0], '멜론티켓');
    assert.deepEqual(await tagsOf('멜론티켓'), ['초성']);
  });

  it('apffhs (멜론 typed with the layout in English): 멜론…, tagged 자판', async () => {
    await openPage();
    await page.keyboard.type('apffhs');
    await waitForSuggestion('멜론');
    const shown = await suggestions();
    assert.ok(shown.length > 0 && shown.every((s) => s.startsWith('멜')), String(shown));
    assert.deepEqual(await tagsOf(shown[0] ?? ''), ['자판']);
  });

  it('↓ ↓ ↑ highlight suggestions and fill the box, Enter searches the highlighted one', async () => {
    await openPage();
    await page.keyboard.insertText('롯데');
    await waitForSuggestion('롯데시네마');
    const shown = await suggestions();
    assert.ok(shown.length >= 3, String(shown));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#suggestions li[aria-selected="true"] .text').innerText(), shown[1]);
    assert.equal(await page.locator('#q').inputValue(), shown[1]);
    assert.equal(await page.locator('#q').getAttribute('aria-activedescendant'), 'suggestion-1');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('#q').inputValue(), shown[0]);
    await page.keyboard.press('Enter');
    await page.locator('#results-title', { hasText: `${shown[0]} 검색 결과` }).waitFor();
    assert.equal(await page.locator('#suggestions').isHidden(), true);
    assert.equal(new URL(page.url()).searchParams.get('q'), shown[0]);
  });

  it('Esc closes the list and gives back what was typed; ↑ from the top returns to it too', async () => {
    await openPage();
    await page.keyboard.insertText('롯데');
    await waitForSuggestion('롯데시네마');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('#q').inputValue(), '롯데');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#suggestions').isHidden(), true);
    assert.equal(await page.locator('#q').inputValue(), '롯데');
    assert.equal(await page.locator('#results').isHidden(), true);
  });

  it('롯데시내마 + Enter: "롯데시네마로 검색한 결과" with a link back to the original', async () => {
    await openPage();
    await page.keyboard.insertText('롯데시내마');
    await page.keyboard.press('Enter');
    const notice = page.locator('#notice');
    await notice.locator('text=검색한 결과').waitFor();
    assert.equal(await notice.locator('.main').innerText(), '롯데시네마로 검색한 결과');
    assert.equal(await page.locator('#q').inputValue(), '롯데시네마');
    assert.equal(await page.locator('#results-title').innerText(), '롯데시네마 검색 결과');
    const original = notice.locator('a', { hasText: '롯데시내마 검색 결과 보기' });
    await page.screenshot({ path: join(ARTIFACTS, 'web-autocorrect.png') });
    await original.click();
    await page.locator('#results-title', { hasText: '롯데시내마 검색 결과' }).waitFor();
    assert.equal(await notice.isHidden(), true);
    assert.equal(await page.locator('#q').inputValue(), '롯데시내마');
    assert.equal(new URL(page.url()).searchParams.get('exact'), '1');
    // Back returns to the corrected search, from the URL.
    await page.goBack();
    await notice.locator('text=롯데시네마로 검색한 결과').waitFor();
  });

  it('ㅁㄹㅌㅋ + Enter: "이것을 검색하셨나요? 멜론티켓", and the link searches it', async () => {
    await openPage(`${app.url}/?q=${encodeURIComponent('ㅁㄹㅌㅋ')}`);
    const notice = page.locator('#notice');
    await notice.locator('text=이것을 검색하셨나요?').waitFor();
    assert.equal(await notice.innerText(), '이것을 검색하셨나요? 멜론티켓');
    assert.equal(await page.locator('#results-title').innerText(), 'ㅁㄹㅌㅋ 검색 결과');
    await notice.locator('a', { hasText: '멜론티켓' }).click();
    await page.locator('#results-title', { hasText: '멜론티켓 검색 결과' }).waitFor();
    assert.equal(await notice.isHidden(), true);
  });

  it('debounces keystrokes and never lets a slow answer overwrite a newer one', async () => {
    await openPage();
    const asked: string[] = [];
    let releaseSlow: () => void = () => {};
    const slowReleased = new Promise<void>((resolve) => (releaseSlow = resolve));
    let firstAsked: () => void = () => {};
    const first = new Promise<void>((resolve) => (firstAsked = resolve));
    await page.route('**/v1/suggest?*', async (route: Route) => {
      const q = new URL(route.request().url()).searchParams.get('q') ?? '';
      asked.push(q);
      firstAsked();
      if (q === '갤') {
        // Hold the first answer until the newer one is on screen, then deliver it anyway.
        const response = await route.fetch();
        await slowReleased;
        await route.fulfill({ response }).catch(() => {}); // the page may have aborted it
        return;
      }
      await route.continue();
    });
    await page.keyboard.insertText('갤');
    await first;
    assert.deepEqual(asked, ['갤']);
    // Keystrokes faster than the debounce: fewer requests than keystrokes, the last for the full text.
    const keys = [...'럭시노트8'];
    for (const ch of keys) await page.keyboard.insertText(ch);
    await waitForSuggestion('갤럭시노트8');
    const newer = await suggestions();
    assert.ok(asked.length - 1 < keys.length, `requests: ${asked.join(', ')}`);
    assert.equal(asked.at(-1), '갤럭시노트8');
    releaseSlow();
    await sleep(200);
    assert.deepEqual(await suggestions(), newer, 'the answer for 갤 came late and was dropped');
    await page.unroute('**/v1/suggest?*');
  });

  describe('on another origin', () => {
    let pageServer: Served;
    let corsApi: Running;
    before(async () => {
      // A static host for a copy of the page whose <meta name="baro-api"> names another origin.
      const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
      const withApi = (api: string): string => html.replace('<meta name="baro-api" content="">', `<meta name="baro-api" content="${api}">`);
      let apis = { allowed: '', refused: '' };
      const host = express();
      host.get('/', (_req, res) => void res.type('html').send(withApi(apis.allowed)));
      host.get('/refused', (_req, res) => void res.type('html').send(withApi(apis.refused)));
      host.use('/assets', express.static(WEB_DIR));
      pageServer = await serve(host);
      corsApi = await start({ engine: realEngine(), config: { ...TEST_CONFIG, corsOrigins: [pageServer.url] } });
      apis = { allowed: corsApi.url, refused: app.url };
    });
    after(() => Promise.all([pageServer?.close(), corsApi?.close()]));

    it('suggests and corrects through a baro that lists the page origin in BARO_CORS_ORIGINS', async () => {
      await openPage(`${pageServer.url}/`);
      await page.keyboard.insertText('ㅁㄹㅌㅋ');
      await waitForSuggestion('멜론티켓');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await page.locator('#notice', { hasText: '이것을 검색하셨나요? 멜론티켓' }).waitFor();
    });

    it('gets nothing from a baro that does not list it (the browser blocks the answers)', async () => {
      await openPage(`${pageServer.url}/refused`);
      await page.keyboard.insertText('ㅁㄹㅌㅋ');
      await page.waitForEvent('console', (msg) => /CORS/.test(msg.text()));
      await page.keyboard.press('Enter');
      await page.locator('#notice.error').waitFor();
      assert.equal(await page.locator('#suggestions li').count(), 0);
      assert.ok(pageErrors.some((e) => /CORS/.test(e)), pageErrors.join('\n'));
      pageErrors = []; // expected here
    });
  });
});
