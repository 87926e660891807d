// The editor folders: schemas (end after start, no past events as upcoming, alt text), site
// folders validated against the regions, file names, and the loader that stops the build.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS } from '../../../../src/schemas/content-components';
import { editorialKinds } from '../../../../src/lib/editorial/collections';
import { checkEditorialFile, checkEditorialFolder } from '../../../../src/lib/editorial/checks';
import { eventSchema } from '../../../../src/schemas/agenda';
import { newsSchema } from '../../../../src/schemas/nieuws';

const options = { allowed: ALLOWED_COMPONENTS, publicDir: join(process.cwd(), 'public') };

const event = {
  title: 'Werkfestival Twente',
  date: '2026-11-01',
  summary: 'Een middag vol werk: praat met werkgevers en krijg advies.',
  start: '2027-02-12T13:00',
  end: '2027-02-12T17:00',
  location: { name: 'Voorbeeldhal', address: 'Voorbeeldstraat 5', city: 'Hengelo' },
  cost: 'Gratis',
  audiences: ['werkzoekende'],
  tags: ['banenmarkt'],
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('event schema', () => {
  it('accepts a complete event, and YAML dates as Date objects', () => {
    expect(eventSchema.safeParse(event).success).toBe(true);
    expect(eventSchema.safeParse({ ...event, date: new Date('2026-11-01') }).success).toBe(true);
  });

  it('refuses an end before (or at) the start, naming the field and the fix', () => {
    for (const end of ['2027-02-12T12:00', '2027-02-12T13:00']) {
      const messages = issues(eventSchema.safeParse({ ...event, end }));
      expect(messages).toEqual([expect.stringMatching(/^end: .*is not after start.*must end after it starts/)]);
    }
  });

  it('refuses a past event published as upcoming (ended before its publication date)', () => {
    const messages = issues(eventSchema.safeParse({ ...event, date: '2027-03-01' }));
    expect(messages).toEqual([expect.stringMatching(/^date: \(2027-03-01\) is after the event ended/)]);
    // Published on the day itself is fine.
    expect(eventSchema.safeParse({ ...event, date: '2027-02-12' }).success).toBe(true);
  });

  it('needs a location, an online link or both', () => {
    const { location: _, ...online } = event;
    expect(issues(eventSchema.safeParse(online))).toEqual([expect.stringMatching(/^location: and online are both empty/)]);
    expect(eventSchema.safeParse({ ...online, online: 'https://twente.leerwerkloket.example/webinar' }).success).toBe(true);
  });

  it('refuses times that are not local Dutch date-times', () => {
    for (const start of ['2027-02-12', '2027-02-12 13:00', '2027-02-12T13:00+01:00', '2027-02-30T13:00', '2027-02-12T25:00']) {
      expect(eventSchema.safeParse({ ...event, start }).success, start).toBe(false);
    }
  });

  it('treats fields the CMS leaves empty as absent', () => {
    const result = eventSchema.safeParse({ ...event, online: '', registration: '', image: { src: '', alt: '' }, tags: [] });
    expect(issues(result)).toEqual([]);
  });
});

describe('image alt text', () => {
  const news = {
    title: 'Nieuw spreekuur',
    date: '2026-11-20',
    summary: 'Er is een nieuw spreekuur in Almelo voor iedereen.',
    audiences: ['werkende'],
  };
  it('refuses an image without alt text', () => {
    const messages = issues(newsSchema.safeParse({ ...news, image: { src: '/media/twente/bbl-banenmarkt.png' } }));
    expect(messages).toEqual([expect.stringMatching(/^image\.alt: is missing: every image needs alt text/)]);
    expect(issues(newsSchema.safeParse({ ...news, image: { src: '/media/twente/bbl-banenmarkt.png', alt: ' ' } }))).toHaveLength(1);
  });
  it('refuses an SVG image (it can carry script) and says to export it as png or webp', () => {
    const messages = issues(
      newsSchema.safeParse({ ...news, image: { src: '/media/twente/logo.svg', alt: 'Het logo van de Leerwerkloket' } }),
    );
    expect(messages).toEqual([
      expect.stringMatching(/^image\.src: is not an image in public\/media\/<site>\/; .*no svg: export it as png or webp/),
    ]);
  });
  it('accepts an image with alt text', () => {
    expect(
      newsSchema.safeParse({ ...news, image: { src: '/media/twente/bbl-banenmarkt.png', alt: 'Mensen aan tafels op een banenmarkt' } })
        .success,
    ).toBe(true);
  });
});

describe('summary is plain text', () => {
  const news = {
    title: 'Banenmarkt Hengelo',
    date: '2026-11-20',
    summary: 'Ontmoet werkgevers uit Twente op de banenmarkt.',
    audiences: ['werkende'],
  };
  it('refuses markup in a news or event summary, with a message editors understand', () => {
    for (const summary of [
      '<img src=x onerror=alert(1)>Banenmarkt <b>vet</b> & meer',
      'Ontmoet werkgevers uit Twente.</p><p>Nu ook online.',
      'Ontmoet werkgevers uit Twente <!-- verborgen -->.',
      'Ontmoet werkgevers uit Twente <?php echo 1 ?>.',
      'Ontmoet werkgevers uit Twente <SCRIPT>x</SCRIPT>.',
    ]) {
      expect(issues(newsSchema.safeParse({ ...news, summary })), summary).toEqual([
        'summary: De samenvatting is gewone tekst: gebruik geen < of > (HTML)',
      ]);
      expect(issues(eventSchema.safeParse({ ...event, summary })), summary).toEqual([
        'summary: De samenvatting is gewone tekst: gebruik geen < of > (HTML)',
      ]);
    }
  });
  it('accepts "<" and ">" that are not markup, and "&"', () => {
    for (const summary of ['Voor wie 18 jaar of ouder is (> 18) en < 5 jaar werkt.', 'Werk & leren: 4 <5 of 4 < 5, allemaal goed.']) {
      expect(newsSchema.safeParse({ ...news, summary }).success, summary).toBe(true);
    }
  });
});

describe('editor folders', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lwl-editorial-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const eventFile = (extra = '') =>
    `---\ntitle: "Werkfestival Twente"\ndate: 2026-11-01\nsummary: "Een middag vol werk: praat met werkgevers."\nstart: 2027-02-12T13:00\nend: 2027-02-12T17:00\nonline: https://twente.leerwerkloket.example/webinar\ncost: Gratis\naudiences: [werkzoekende]\n${extra}---\n\nTekst.\n`;
  const messages = (kind: 'nieuws' | 'agenda' | 'regio') =>
    checkEditorialFolder(dir, editorialKinds()[kind], { ...options, root: dir }).map((e) => e.message);

  it('all existing content passes every check', () => {
    for (const kind of ['nieuws', 'agenda', 'regio'] as const) {
      expect(checkEditorialFolder(join('content', kind), editorialKinds()[kind], options).map((e) => e.message)).toEqual([]);
    }
  });

  it('accepts a good file', () => {
    write('twente/2027-02-12-werkfestival.mdx', eventFile());
    expect(messages('agenda')).toEqual([]);
  });

  it('refuses a folder that is not a site', () => {
    write('utrecht/2027-02-12-werkfestival.mdx', eventFile());
    expect(messages('agenda')).toEqual([
      expect.stringMatching(
        /^utrecht\/2027-02-12-werkfestival\.mdx → \(folder\): "utrecht" is not a site; use one of: landelijk, achterhoek/,
      ),
    ]);
  });

  it('refuses files outside a site folder, other extensions and bad names', () => {
    write('2027-02-12-los.mdx', eventFile());
    write('twente/diep/2027-02-12-genest.mdx', eventFile());
    write('twente/2027-02-12-notitie.md', eventFile());
    write('twente/Werkfestival Twente.mdx', eventFile());
    write('twente/.gitkeep', '');
    const found = messages('agenda');
    expect(found).toHaveLength(4);
    expect(found.join('\n')).toMatch(/2027-02-12-los\.mdx → \(file\): is directly in the collection folder/);
    expect(found.join('\n')).toMatch(/genest\.mdx → \(file\): is in a nested folder/);
    expect(found.join('\n')).toMatch(/notitie\.md → \(file\): is not an \.mdx file/);
    expect(found.join('\n')).toMatch(
      /Werkfestival Twente\.mdx → \(file name\): is not a valid name; name it <start date>-<words-with-hyphens>\.mdx/,
    );
  });

  it('names file and field for schema problems, and file and line for unsafe content', () => {
    write(
      'twente/2027-02-12-werkfestival.mdx',
      eventFile('image:\n  src: /media/twente/bbl-banenmarkt.png\n').replace('Tekst.', 'Tekst {evil()}.'),
    );
    expect(messages('agenda')).toEqual([
      expect.stringMatching(/^twente\/2027-02-12-werkfestival\.mdx → line 14: contains a JavaScript expression/),
      expect.stringMatching(/^twente\/2027-02-12-werkfestival\.mdx → image\.alt: is missing/),
    ]);
  });

  it("checks that an image is in the site's own media folder and exists", () => {
    write('twente/2027-02-12-a.mdx', eventFile('image:\n  src: /media/groningen/werkfestival.png\n  alt: Een werkfestival vol mensen\n'));
    write('twente/2027-02-12-b.mdx', eventFile('image:\n  src: /media/twente/bestaat-niet.png\n  alt: Een werkfestival vol mensen\n'));
    expect(messages('agenda')).toEqual([
      expect.stringMatching(/2027-02-12-a\.mdx → image\.src: is "\/media\/groningen\/werkfestival\.png", outside this site's media folder/),
      expect.stringMatching(/2027-02-12-b\.mdx → image\.src: "\/media\/twente\/bestaat-niet\.png" does not exist in public\//),
    ]);
  });

  it('region pages: only region folders, no names that collide with site sections or national pages', () => {
    const page = '---\ntitle: Taalhulp\ndescription: Hulp bij taal op het werk, voor werkenden en werkgevers.\n---\n\nTekst.\n';
    write('twente/taalhulp.mdx', page);
    write('twente/agenda.mdx', page);
    write('twente/privacy.mdx', page);
    write('landelijk/taalhulp.mdx', page);
    const found = messages('regio');
    expect(found).toHaveLength(3);
    expect(found.join('\n')).toMatch(/twente\/agenda\.mdx → \(file name\): "agenda" is already used/);
    expect(found.join('\n')).toMatch(/twente\/privacy\.mdx → \(file name\): "privacy" is already used/);
    expect(found.join('\n')).toMatch(/landelijk\/taalhulp\.mdx → \(folder\): "landelijk" is not a site/);
  });

  it('the collection loader stops the build with every problem listed', async () => {
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    writeFileSync(join(content, 'agenda', 'twente', '2027-01-01-evil.mdx'), readHostile('script.mdx'));
    mkdirSync(join(content, 'nieuws', 'utrecht'));
    writeFileSync(join(content, 'nieuws', 'utrecht', '2027-01-01-x.mdx'), readHostile('import.mdx'));
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = content;
    try {
      const { editorialLoader } = await import('../../../../src/lib/editorial/loader');
      const context = { config: { publicDir: new URL(`file://${process.cwd()}/public/`) } } as never;
      const error = await editorialLoader('nieuws')
        .load(context)
        .then(
          () => undefined,
          (e: Error) => e,
        );
      // The news fixture in the agenda folder also lacks start, end and cost: 5 problems in all.
      expect(error?.message).toMatch(/^5 problem\(s\) in the content/);
      expect(error?.message).toMatch(/content\/agenda\/twente\/2027-01-01-evil\.mdx → line 10: contains a <script> element/);
      expect(error?.message).toMatch(/content\/nieuws\/utrecht\/2027-01-01-x\.mdx → \(folder\): "utrecht" is not a site/);
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
    }
  });

  it('checkEditorialFile ignores placeholder files', () => {
    expect(checkEditorialFile(dir, 'twente/.gitkeep', editorialKinds().agenda, options)).toEqual([]);
  });
});

function readHostile(name: string) {
  return readFileSync(join('tests/fixtures/hostile', name), 'utf8');
}
