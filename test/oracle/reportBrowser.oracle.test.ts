/**
 * Oracle: every `deeplin report` page loads in a real headless browser
 * (Debian's chromium, driven by playwright-core) with no console errors, no
 * page errors and no network request other than the file itself, and its
 * SVG plots are present with nonzero size. Screenshot tests write
 * out/report-image-dim.png and out/report-verify.png and check they are not trivial. Fails (never skips)
 * without /usr/bin/chromium: apt-get install -y chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { inflateSync } from 'zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/renderReport';
import { reportKind } from '../../src/report/fileKinds';
import { INPUTS } from '../report/support';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(__dirname, '..', '..');

let context: BrowserContext | undefined;
let userDataDir: string | undefined;
const pagesDir = mkdtempSync(join(tmpdir(), 'deeplin-report-pages-'));

/** The browser, launched on first use with a fresh profile; every test calls this, so each one FAILS (not skips) without chromium. */
async function browser(): Promise<BrowserContext> {
  expect(existsSync(CHROMIUM), `${CHROMIUM} must be installed (apt-get install -y chromium)`).toBe(true);
  if (!context) {
    userDataDir = mkdtempSync(join(tmpdir(), 'deeplin-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1100, height: 900 },
    });
  }
  return context;
}

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  rmSync(pagesDir, { recursive: true, force: true });
});

/** Writes the report for `file` and loads it; returns the page and everything it did. */
async function load(file: string, name: string) {
  const json = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
  const htmlPath = join(pagesDir, `${name}.html`);
  writeFileSync(htmlPath, renderReport(json, { file }));
  const url = `file://${htmlPath}`;
  const page = await (await browser()).newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.ok() ?? true).toBe(true);
  await page.waitForTimeout(100);
  return { page, url, problems, requests, kind: reportKind(json) as string };
}

describe('deeplin report pages in headless chromium', () => {
  INPUTS.forEach(({ kind, file, plots }, i) => {
    it(`${kind}: ${file} loads cleanly, offline, with its plots`, async () => {
      const { page, url, problems, requests } = await load(file, `${i}-${kind}`);
      try {
        expect(problems).toEqual([]);
        expect(requests).toEqual([url]);
        await expect(page.title()).resolves.toMatch(/deeplin report$/);
        const badge = await page.locator('#verdict-badge').boundingBox();
        expect(badge && badge.width > 0 && badge.height > 0).toBe(true);
        for (const [selector, count] of Object.entries(plots)) {
          const found = page.locator(selector);
          expect(await found.count(), selector).toBe(count);
          for (let k = 0; k < count; k++) {
            const box = await found.nth(k).boundingBox();
            expect(box?.width ?? 0, `${selector} #${k} width`).toBeGreaterThan(100);
            expect(box?.height ?? 0, `${selector} #${k} height`).toBeGreaterThan(100);
          }
        }
        if (kind === 'image-dim') {
          const gap = await page.locator('svg.log-plot .gap-marker').boundingBox();
          expect(gap && gap.width > 0 && gap.height > 0).toBe(true);
          const n = (JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { singularValues: number[] }).singularValues.length;
          expect(await page.locator('svg.log-plot circle.sv-point').count()).toBe(n);
        }
        if (kind === 'sweep') {
          const json = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { profiles?: unknown[]; results?: unknown[] };
          const profiles = (json.results ?? json.profiles ?? []).length;
          expect(await page.locator('svg.verdict-grid g.cell').count()).toBe(profiles);
          const cell = await page.locator('svg.verdict-grid g.cell').first().boundingBox();
          expect(cell && cell.width > 8 && cell.height > 8).toBe(true);
        }
        // the layout fits the viewport: no horizontal scrolling
        const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await page.close();
      }
    });
  });

  it('screenshot: out/report-verify.png shows the restricted-against-generic bar chart', async () => {
    const { page, problems } = await load('test/report/fixtures/verify-depth7-width2.json', 'screenshot-verify');
    try {
      expect(problems).toEqual([]);
      mkdirSync(join(ROOT, 'out'), { recursive: true });
      const chart = page.locator('svg.bar-chart');
      await chart.screenshot({ path: join(ROOT, 'out', 'report-verify.png') });
      const img = decodePng(readFileSync(join(ROOT, 'out', 'report-verify.png')));
      expect(img.width).toBeGreaterThan(500);
      const colours = new Set<number>();
      for (let p = 0; p < img.width * img.height; p++) {
        const o = p * img.channels;
        colours.add((img.pixels[o] << 16) | (img.pixels[o + 1] << 8) | img.pixels[o + 2]);
      }
      // the orange bars reaching G and the green reference line are in the picture
      const has = (pred: (r: number, g: number, b: number) => boolean): boolean => [...colours].some((c) => pred(c >> 16, (c >> 8) & 255, c & 255));
      expect(has((r, g, b) => r > 200 && g > 80 && g < 130 && b < 60)).toBe(true);
      expect(has((r, g, b) => r < 40 && g > 140 && g < 170 && b > 100 && b < 130)).toBe(true);
      expect(await page.locator('svg.bar-chart rect.bar').count()).toBe(1); // the fixture lists one component at the maximum
    } finally {
      await page.close();
    }
  });

  it('screenshot: out/report-image-dim.png is a non-trivial picture', async () => {
    const file = 'test/report/fixtures/image-dim-segre-2x3.json';
    const { page, problems } = await load(file, 'screenshot');
    try {
      expect(problems).toEqual([]);
      mkdirSync(join(ROOT, 'out'), { recursive: true });
      const png = join(ROOT, 'out', 'report-image-dim.png');
      await page.screenshot({ path: png, fullPage: true });
      expect(statSync(png).size).toBeGreaterThan(40_000);
      const img = decodePng(readFileSync(png));
      expect(img.width).toBe(1100);
      expect(img.height).toBeGreaterThan(900);
      const counts = new Map<number, number>();
      for (let p = 0; p < img.width * img.height; p++) {
        const o = p * img.channels;
        const rgb = (img.pixels[o] << 16) | (img.pixels[o + 1] << 8) | img.pixels[o + 2];
        counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
      }
      expect(counts.size).toBeGreaterThan(200); // text, plot, badge: many colours (anti-aliasing)
      expect(Math.max(...counts.values()) / (img.width * img.height)).toBeLessThan(0.8); // no single colour dominates
      // the plot's orange gap band and its blue points are in the picture
      const has = (pred: (r: number, g: number, b: number) => boolean): boolean => [...counts.keys()].some((c) => pred(c >> 16, (c >> 8) & 255, c & 255));
      expect(has((r, g, b) => r > 245 && g > 225 && g < 240 && b > 205 && b < 228), 'the light orange gap band').toBe(true);
      expect(has((r, g, b) => r === 0x1f && g === 0x4e && b === 0x8c), 'the blue singular-value points').toBe(true);
    } finally {
      await page.close();
    }
  });

  it('screenshot: out/report-flow.png shows the loss curves with the critical values marked', async () => {
    const file = 'test/report/fixtures/flow-3333.json';
    const { page, problems } = await load(file, 'screenshot-flow');
    try {
      expect(problems).toEqual([]);
      const json = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { runs: unknown[]; levels: unknown[] };
      expect(await page.locator('svg.loss-curves polyline.loss-curve').count()).toBe(json.runs.length);
      expect(await page.locator('svg.loss-curves g.critical-level').count()).toBe(json.levels.length);
      const plot = await page.locator('svg.loss-curves').boundingBox();
      expect(plot && plot.width > 600 && plot.height > 300).toBe(true);
      mkdirSync(join(ROOT, 'out'), { recursive: true });
      const png = join(ROOT, 'out', 'report-flow.png');
      await page.locator('svg.loss-curves').screenshot({ path: png });
      const img = decodePng(readFileSync(png));
      expect(img.width).toBeGreaterThan(600);
      const colours = new Set<number>();
      for (let p = 0; p < img.width * img.height; p++) {
        const o = p * img.channels;
        colours.add((img.pixels[o] << 16) | (img.pixels[o + 1] << 8) | img.pixels[o + 2]);
      }
      const has = (r0: number, g0: number, b0: number): boolean => [...colours].some((c) => Math.abs((c >> 16) - r0) < 8 && Math.abs(((c >> 8) & 255) - g0) < 8 && Math.abs((c & 255) - b0) < 8);
      expect(has(0xd5, 0x5e, 0x00), 'the orange saddle lines').toBe(true);
      expect(has(0x00, 0x9e, 0x73), 'the green global-minimum line').toBe(true);
      // the curves are drawn with opacity 0.75 over the light background: look for a clearly blue pixel
      expect([...colours].some((c) => (c & 255) > (c >> 16) + 80 && (c & 255) > ((c >> 8) & 255) + 40), 'a blue loss curve').toBe(true);
    } finally {
      await page.close();
    }
  });
});

/** A minimal PNG decoder (8-bit RGB/RGBA, non-interlaced: what Chromium writes). */
function decodePng(buf: Buffer): { width: number; height: number; channels: number; pixels: Uint8Array } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8], 'bit depth').toBe(8);
      expect([2, 6], 'colour type').toContain(data[9]);
      expect(data[12], 'interlace').toBe(0);
      channels = data[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = (v + pred) & 255;
    }
  }
  return { width, height, channels, pixels };
}
