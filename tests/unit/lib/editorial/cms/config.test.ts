// The Decap config is generated from the collection schemas. These tests walk both sides
// independently and fail when a schema field has no CMS field or the reverse, when required
// flags or options disagree, or when what the CMS widgets write would not pass the schema.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { editorialKinds, type EditorialName } from '../../../../../src/lib/editorial/collections';
import { cmsConfig, collectionName, localBackendUrl } from '../../../../../src/lib/editorial/cms/config';
import { fieldsFor, type DecapField } from '../../../../../src/lib/editorial/cms/fields';
import { entryProblems } from '../../../../../src/lib/editorial/cms/validate';
import { allRegions, allSites } from '../../../../../src/lib/site/sites';
import { cms, MEDIA_PATH } from '../../../../../src/schemas/editorial';
import { MAX_IMAGE_BYTES } from '../../../../../src/lib/editorial/media-types';

type Shape = Record<string, z.ZodType>;
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;

/** Independent of the generator: peel wrappers and list "path → required" for every schema field. */
function schemaPaths(schema: z.ZodType, prefix = '', parentOptional = false): Map<string, boolean> {
  const out = new Map<string, boolean>();
  let s = schema;
  while (['pipe', 'optional', 'default'].includes(def(s).type)) s = (def(s).type === 'pipe' ? def(s).out : def(s).innerType) as z.ZodType;
  for (const [name, field] of Object.entries(def(s).shape as Shape)) {
    let inner = field;
    let optional = parentOptional;
    for (;;) {
      const d = def(inner);
      if (d.type === 'optional' || d.type === 'default') optional = true;
      if (d.type === 'pipe') inner = (def(d.in as z.ZodType).type === 'transform' ? d.out : d.in) as z.ZodType;
      else if (d.type === 'optional' || d.type === 'default') inner = d.innerType as z.ZodType;
      else break;
    }
    out.set(prefix + name, !optional);
    if (def(inner).type === 'object') for (const [p, r] of schemaPaths(inner, `${prefix}${name}.`, optional)) out.set(p, r);
  }
  return out;
}

function cmsPaths(fields: DecapField[], prefix = ''): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const f of fields) {
    out.set(prefix + f.name, f.required !== false);
    if (f.widget === 'object' && f.fields) for (const [p, r] of cmsPaths(f.fields, `${prefix}${f.name}.`)) out.set(p, r);
  }
  return out;
}

/** Differences between schema and CMS fields ("body" is the Markdown body, not frontmatter). */
function disagreements(schema: z.ZodType, fields: DecapField[]): string[] {
  const fromSchema = schemaPaths(schema);
  const fromCms = cmsPaths(fields.filter((f) => f.name !== 'body'));
  const problems: string[] = [];
  for (const [path, required] of fromSchema) {
    if (!fromCms.has(path)) problems.push(`schema field ${path} has no CMS field`);
    else if (fromCms.get(path) !== required) problems.push(`${path}: schema required=${required}, CMS required=${fromCms.get(path)}`);
  }
  for (const path of fromCms.keys()) if (!fromSchema.has(path)) problems.push(`CMS field ${path} is not in the schema`);
  return problems;
}

const national = cmsConfig({ scope: 'landelijk', localBackend: false });
const kindOf = (name: string) => name.split('-')[0] as EditorialName;

describe('CMS fields agree with the collection schemas', () => {
  it('every collection of every site: same fields, same required flags, plus a Markdown body', () => {
    expect(national.collections.length).toBe(2 + 35 * 3);
    for (const collection of national.collections) {
      const kind = editorialKinds()[kindOf(collection.name)];
      expect(disagreements(kind.schema, collection.fields), collection.name).toEqual([]);
      expect(collection.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    }
  });

  it('the comparison catches a field missing on either side', () => {
    const kind = editorialKinds().agenda;
    const fields = fieldsFor(kind.schema);
    expect(
      disagreements(
        kind.schema,
        fields.filter((f) => f.name !== 'cost'),
      ),
    ).toEqual(['schema field cost has no CMS field']);
    expect(disagreements(kind.schema, [...fields, { name: 'extra', label: 'Extra', widget: 'string' }])).toEqual([
      'CMS field extra is not in the schema',
    ]);
    const extended = z.object({
      ...(def(z.object({})).shape as Shape),
      title: cms(z.string(), { label: 'Titel' }),
      secret: cms(z.string(), { label: 'Geheim' }),
    });
    expect(disagreements(extended, fieldsFor(z.object({ title: cms(z.string(), { label: 'Titel' }) })))).toEqual([
      'schema field secret has no CMS field',
    ]);
  });

  it('a schema field without a CMS label, or of a type the CMS cannot edit, stops the generator', () => {
    expect(() => fieldsFor(z.object({ title: z.string() }))).toThrow(/"title" has no CMS label/);
    expect(() => fieldsFor(z.object({ when: cms(z.date(), { label: 'Wanneer' }) }))).toThrow(/"when" has type date/);
  });

  it("select options are exactly the schema's enum values", () => {
    const audiences = national.collections[0].fields.find((f) => f.name === 'audiences')!;
    const values = (audiences.options as { value: string }[]).map((o) => o.value);
    expect(values).toEqual(['werkzoekende', 'werkende', 'werkgever', 'zzp', 'jongere', 'uitkering', 'statushouder']);
    expect(audiences).toMatchObject({ widget: 'select', multiple: true, min: 1 });
  });

  it('what the widgets write (their formats) passes the schema', () => {
    const agenda = national.collections.find((c) => c.name === 'agenda-twente')!;
    const byName = Object.fromEntries(agenda.fields.map((f) => [f.name, f]));
    expect(byName.date).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(byName.start).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', picker_utc: false });
    expect(byName.image.fields).toEqual([
      expect.objectContaining({ name: 'src', widget: 'image' }),
      expect.objectContaining({ name: 'alt', widget: 'string' }),
    ]);
    // An entry as Decap holds it: formatted strings, empty strings for cleared optional fields.
    const entry = {
      title: 'Proefles lassen',
      date: '2026-11-23',
      summary: 'Probeer een middag lassen bij een leerbedrijf.',
      start: '2027-03-10T14:00',
      end: '2027-03-10T16:30',
      location: { name: 'Voorbeeldwerkplaats', address: 'Voorbeeldstraat 9', city: 'Hengelo' },
      online: '',
      registration: '',
      cost: 'Gratis',
      image: { src: '', alt: '' },
      audiences: ['jongere'],
      tags: ['bbl'],
      body: 'Tekst.',
    };
    expect(entryProblems(editorialKinds().agenda.schema, agenda.fields, entry)).toEqual([]);
  });

  it("the pre-save check refuses HTML in a summary, in the editor's terms", () => {
    const nieuws = national.collections.find((c) => c.name === 'nieuws-twente')!;
    const entry = {
      title: 'Banenmarkt Hengelo',
      date: '2026-11-23',
      summary: '<img src=x onerror=alert(1)>Banenmarkt <b>vet</b> & meer',
      image: { src: '', alt: '' },
      audiences: ['werkende'],
      tags: [],
      body: 'Tekst.',
    };
    expect(entryProblems(editorialKinds().nieuws.schema, nieuws.fields, entry)).toEqual([
      'Samenvatting: De samenvatting is gewone tekst: gebruik geen < of > (HTML)',
    ]);
  });
});

describe('the image field', () => {
  const src = national.collections
    .flatMap((c) => c.fields)
    .filter((f) => f.name === 'image')
    .map((f) => f.fields!.find((inner) => inner.name === 'src')!);
  it('is on every news and agenda collection and takes no address typed by hand', () => {
    expect(src).toHaveLength(national.collections.filter((c) => !c.name.startsWith('regio-')).length);
    for (const field of src)
      expect(field).toMatchObject({
        widget: 'image',
        choose_url: false,
        media_library: { allow_multiple: false, config: { max_file_size: MAX_IMAGE_BYTES } },
      });
  });
  it('its pattern (Decap checks the file name) agrees with the schema: no SVG', () => {
    const [regex, message] = src[0].pattern as [string, string];
    const pattern = new RegExp(regex);
    const image = (path: string) => z.object({ src: z.string().regex(MEDIA_PATH) }).safeParse({ src: path }).success;
    for (const name of [
      'foto.png',
      'foto.jpg',
      'foto.jpeg',
      'foto.webp',
      'foto.avif',
      'logo.svg',
      'pagina.html',
      'x.js',
      'folder.pdf',
      'foto.png.svg',
    ]) {
      expect(pattern.test(name), name).toBe(image(`/media/twente/${name}`));
    }
    expect(pattern.test('logo.svg')).toBe(false);
    expect(message).toMatch(/SVG kan niet: sla die op als PNG of WebP/);
  });
});

describe('collections per site', () => {
  it('a region admin has only its own nieuws, agenda and pages, with its own folders and media', () => {
    for (const region of allRegions()) {
      const config = cmsConfig({ scope: region.slug, localBackend: false });
      expect(config.collections.map((c) => c.name)).toEqual(
        ['nieuws', 'agenda', 'regio'].map((k) => collectionName(k as EditorialName, region.slug)),
      );
      for (const c of config.collections) {
        expect(c.folder).toBe(`content/${kindOf(c.name)}/${region.slug}`);
        expect(c.media_folder).toBe(`/public/media/${region.slug}`);
        expect(c.public_folder).toBe(`/media/${region.slug}`);
        expect(c).toMatchObject({ extension: 'mdx', format: 'yaml-frontmatter', create: true });
      }
      expect(config.media_folder).toBe(`public/media/${region.slug}`);
    }
  });

  it("the national admin has the national collections and every region's", () => {
    const names = national.collections.map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(['nieuws-landelijk', 'agenda-landelijk']);
    for (const site of allSites()) expect(names).toContain(`agenda-${site.id}`);
  });

  it('Dutch UI, editorial workflow, PKCE backend, local backend port from the environment', () => {
    const config = cmsConfig({
      scope: 'twente',
      backend: { name: 'gitlab', repo: 'org/repo', branch: 'main', appId: 'abc' },
      localBackend: localBackendUrl({ DECAP_SERVER_PORT: '8123' }),
    });
    expect(config).toMatchObject({
      locale: 'nl',
      publish_mode: 'editorial_workflow',
      load_config_file: false,
      backend: { name: 'gitlab', repo: 'org/repo', auth_type: 'pkce', app_id: 'abc' },
      local_backend: { url: 'http://127.0.0.1:8123/api/v1' },
    });
    expect(() => localBackendUrl({ DECAP_SERVER_PORT: 'x' })).toThrow(/DECAP_SERVER_PORT/);
  });

  it('file names the CMS makes match the file-name rule of the build', () => {
    const [nieuws, agenda, regio] = cmsConfig({ scope: 'twente', localBackend: false }).collections;
    expect(nieuws.slug).toBe("{{fields.date | date('YYYY-MM-DD')}}-{{slug}}");
    expect(agenda.slug).toBe("{{fields.start | date('YYYY-MM-DD')}}-{{slug}}");
    expect(regio.slug).toBe('{{slug}}');
    // What Decap makes of "Proefles lassen: kom kijken!" on 10 March 2027 (lowercase, ascii, hyphens).
    expect(editorialKinds().agenda.fileName.test('2027-03-10-proefles-lassen-kom-kijken')).toBe(true);
  });
});
