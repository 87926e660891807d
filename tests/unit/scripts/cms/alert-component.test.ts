// What editors meet in the CMS: the schema check before saving (in their labels) and the Alert
// block, whose output must pass the build's safety check.
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS } from '../../../../src/schemas/content-components';
import { editorialKinds } from '../../../../src/lib/editorial/collections';
import { cmsConfig } from '../../../../src/lib/editorial/cms/config';
import { entryProblems, labelFor } from '../../../../src/lib/editorial/cms/validate';
import { checkContentSafety } from '../../../../src/lib/editorial/content-safety';
import { alertEditorComponent } from '../../../../src/scripts/cms/alert-component';

const [nieuws, agenda] = cmsConfig({ scope: 'twente', localBackend: false }).collections;
const news = {
  title: 'Nieuw spreekuur',
  date: '2026-11-20',
  summary: 'Er is een nieuw spreekuur in Almelo voor iedereen.',
  audiences: ['werkende'],
  body: 'Tekst',
};

describe('check before saving', () => {
  it('refuses an image without alt text, in the words of the CMS labels', () => {
    const problems = entryProblems(editorialKinds().nieuws.schema, nieuws.fields, {
      ...news,
      image: { src: '/media/twente/a.png', alt: '' },
    });
    expect(problems).toEqual([expect.stringMatching(/^Afbeelding › Beschrijving van de afbeelding \(alt-tekst\): /)]);
  });

  it('refuses an end before the start and a past event', () => {
    const event = { ...news, start: '2027-03-10T14:00', end: '2027-03-10T12:00', online: 'https://x.example/', cost: 'Gratis' };
    expect(entryProblems(editorialKinds().agenda.schema, agenda.fields, event)).toEqual([expect.stringMatching(/^Eindigt op: /)]);
    const past = { ...event, end: '2027-03-10T16:00', date: '2027-04-01' };
    expect(entryProblems(editorialKinds().agenda.schema, agenda.fields, past)).toEqual([expect.stringMatching(/^Publicatiedatum: /)]);
  });

  it('accepts a good entry and labels unknown paths plainly', () => {
    expect(entryProblems(editorialKinds().nieuws.schema, nieuws.fields, news)).toEqual([]);
    expect(labelFor(nieuws.fields, ['onbekend'])).toBe('onbekend');
  });
});

describe('Alert block in the Markdown editor', () => {
  const { toBlock, fromBlock, pattern } = alertEditorComponent;

  it('writes MDX that the build accepts, even with braces and tags typed as text', () => {
    const block = toBlock({ kind: 'warning', text: 'Neem {je cv} mee <script>alert(1)</script>' });
    expect(block).toBe('<Alert kind="warning">\nNeem \\{je cv\\} mee \\<script\\>alert(1)\\</script\\>\n</Alert>');
    expect(checkContentSafety(`---\ntitle: x\n---\n\n${block}\n`, { allowed: ALLOWED_COMPONENTS })).toEqual([]);
  });

  it('reads back what it wrote', () => {
    const data = { kind: 'info', text: 'Gratis, {echt} waar' };
    const match = toBlock(data).match(pattern)!;
    expect(fromBlock(match)).toEqual(data);
  });

  it('only ever writes an allowed kind', () => {
    expect(toBlock({ kind: 'x" onclick="alert(1)', text: 'a' })).toBe('<Alert kind="info">\na\n</Alert>');
  });
});
