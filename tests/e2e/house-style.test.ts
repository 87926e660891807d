// One house style for 36 sites: a token change reaches every site, a bad brand stops the build,
// the style guide shows every palette, and "Lees voor" reads the page in Dutch.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axe, describeViolations, useBrowser } from './browser';
import { allSites } from '../../src/lib/site/sites';
import { copyProject } from '../helpers/project-copy';

const ROOT = resolve(__dirname, '../..');
const stylesheetOf = (html: string) => html.match(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/)?.[1];

function buildCopy(dir: string, sites: string) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], {
    cwd: dir,
    env: { ...process.env, SITES: sites, SITE_MODE: 'path', OUT_DIR: join(dir, 'dist') },
    encoding: 'utf8',
  });
}

describe('one stylesheet for every site', () => {
  it('all 36 home pages use the same house-style stylesheet and only their own thin theme', () => {
    const out = inject('pathOut');
    const sheets = new Set<string>();
    for (const site of allSites()) {
      const html = readFileSync(join(out, site.isNational ? '' : site.id, 'index.html'), 'utf8');
      sheets.add(stylesheetOf(html)!);
      const theme = readFileSync(join(out, site.isNational ? '' : site.id, 'thema.css'), 'utf8');
      expect(theme.trim()).toBe(`:root{--lwl-accent:${site.accent.toLowerCase()};--lwl-accent-contrast:#ffffff}`);
    }
    expect([...sheets]).toHaveLength(1);
  });

  const copies: string[] = [];
  afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('changing one token in tokens.css changes the sites that are built (two regions and the national site)', () => {
    const dir = copyProject();
    copies.push(dir);
    const tokens = join(dir, 'src/styles/tokens.css');
    const original = readFileSync(tokens, 'utf8');
    expect(original).toContain('--color-ink: #1b1f23;');
    writeFileSync(tokens, original.replace('--color-ink: #1b1f23;', '--color-ink: #123456;'));
    const result = buildCopy(dir, 'twente,rijnmond');
    expect(result.status, result.stderr).toBe(0);
    for (const site of ['', 'twente', 'rijnmond']) {
      const html = readFileSync(join(dir, 'dist', site, 'index.html'), 'utf8');
      const css = readFileSync(join(dir, 'dist', stylesheetOf(html)!), 'utf8');
      expect(css, site || 'landelijk').toMatch(/--color-ink:\s*#123456/);
      expect(css).not.toMatch(/--color-ink:\s*#1b1f23/);
    }
    expect(readdirSync(join(dir, 'dist'))).not.toContain('groningen');
  });

  it('a brand colour with too little contrast stops the build, naming file, token and ratio', () => {
    const dir = copyProject();
    copies.push(dir);
    const file = join(dir, 'regions/twente.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/accent: "?#[0-9a-fA-F]{6}"?/, 'accent: "#7fb3d5"'));
    const result = buildCopy(dir, 'twente');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /regions\/twente\.yaml → brand\.accent: #7fb3d5 has contrast 2\.\d\d:1 for link and heading text on white; WCAG AA needs 4\.5:1/,
    );
  });
});

describe('style guide and read aloud in the browser', () => {
  const browser = useBrowser();
  const base = inject('baseUrl');

  it('/huisstijl/ shows all 36 palettes in their own accent and has no axe violations, component examples included', async () => {
    const context = await browser().newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${base}/huisstijl/`);
    // The palettes section; RegionPalette's own example elsewhere on the page is not one of the 36.
    const palettes = page.locator('section[aria-labelledby="regios"]');
    await expect(palettes.locator('[data-palette]').count()).resolves.toBe(36);
    const twente = allSites().find((s) => s.id === 'twente')!;
    const logoColour = await palettes.locator('[data-palette="twente"] svg').evaluate((el) => getComputedStyle(el).color);
    const [r, g, b] = logoColour.match(/\d+/g)!.map(Number);
    expect('#' + [r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')).toBe(twente.accent.toLowerCase());
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('/huisstijl/ shows at least one example of every shared component (a component without examples fails here)', async () => {
    // Every .astro file in src/components/<domain>/ except Decap's admin shell (cms/).
    const components = readdirSync(join(ROOT, 'src/components'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'cms')
      .flatMap((d) =>
        readdirSync(join(ROOT, 'src/components', d.name))
          .filter((f) => f.endsWith('.astro'))
          .map((f) => `${d.name}/${f.replace(/\.astro$/, '')}`),
      );
    expect(components.length).toBeGreaterThan(40);
    const html = readFileSync(join(inject('pathOut'), 'huisstijl/index.html'), 'utf8');
    const shown = new Set([...html.matchAll(/data-example="([^"]+)"/g)].map((m) => m[1].split('/').slice(0, 2).join('/')));
    expect(components.filter((c) => !shown.has(c))).toEqual([]);
    // Many examples on one page, and still one <h1> and no id twice.
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('"Lees voor" speaks the main content in Dutch and can be stopped', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
      let speaking = false;
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => [],
          speak: (u: SpeechSynthesisUtterance) => {
            speaking = true;
            spoken.push({ text: u.text, lang: u.lang });
          },
          cancel: () => {
            speaking = false;
          },
          get speaking() {
            return speaking;
          },
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${base}/twente/loopbaanadvies/`);
    const button = page.locator('[data-read-aloud-button]');
    await expect(button.innerText()).resolves.toBe('Lees voor');
    await button.click();
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(spoken.length).toBeGreaterThan(2);
    expect(spoken[0].text).toContain(await page.locator('h1').innerText());
    expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set(['nl-NL']));
    await expect(button.innerText()).resolves.toBe('Stop met voorlezen');
    await button.click();
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(button.innerText()).resolves.toBe('Lees voor');
    await context.close();
  });
});
