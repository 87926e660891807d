// Uploads in the CMS: the admin judges a picked file with the build's own rules before Decap sees
// the change event, and refuses to save an entry whose image is not in the site's own folder or
// not an allowed type.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { editorialKinds } from '../../../../src/lib/editorial/collections';
import { cmsConfig } from '../../../../src/lib/editorial/cms/config';
import { imageProblems, saveProblems } from '../../../../src/lib/editorial/cms/validate';
import { MAX_IMAGE_BYTES } from '../../../../src/lib/editorial/media-types';
import { installMediaGuard, refusals, type PickedFile } from '../../../../src/scripts/cms/media-guard';

const PNG = readFileSync('public/media/twente/bbl-banenmarkt.png');
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const HTML = Buffer.from('<!doctype html><script>alert(1)</script>');
const file = (content: Uint8Array, name: string) => new File([new Uint8Array(content)], name);

describe('refusals: the Dutch message for a file that may not be uploaded', () => {
  it('passes an image and a PDF', async () => {
    await expect(refusals([file(PNG, 'banenmarkt.png'), file(PDF, 'folder.pdf')])).resolves.toEqual([]);
  });
  it('refuses SVG, a renamed HTML file and a file that is too large, naming the file and the fix', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 100_000);
    big.set(PNG.subarray(0, 64));
    await expect(refusals([file(SVG, 'logo.svg'), file(HTML, 'foto.png'), file(big, 'groot.png'), file(PNG, 'foto.jpg')])).resolves.toEqual(
      [
        '"logo.svg" is een SVG-bestand. Dat mag niet, want er kan code in zitten. Sla de afbeelding op als PNG of WebP en upload die.',
        '"foto.png" is geen afbeelding of PDF die de site kan gebruiken. Je kunt alleen JPEG, PNG, WebP, AVIF of PDF uploaden.',
        '"groot.png" is 5,1 MB. Dat is te groot: een PNG-bestand mag hoogstens 5 MB zijn. Maak het bestand kleiner en upload het opnieuw.',
        '"foto.jpg" is eigenlijk een PNG-bestand, maar de naam eindigt op .jpg. Geef het bestand de naam ….png en upload het opnieuw.',
      ],
    );
  });
  it('refuses a PDF where only an image fits', async () => {
    await expect(refusals([file(PDF, 'folder.pdf')], true)).resolves.toEqual([
      '"folder.pdf" is een PDF-bestand. Hier kun je alleen een afbeelding kiezen: JPEG, PNG, WebP of AVIF.',
    ]);
  });
});

/** Stands in for Decap's <input type="file">: the guard listens first, Decap's handler after it. */
class FakeInput extends EventTarget {
  type = 'file';
  value = 'C:\\fakepath\\x';
  dataset: Record<string, string | undefined> = {};
  constructor(
    public accept: string,
    public files: PickedFile[],
  ) {
    super();
  }
}

function setUp(accept: string, files: PickedFile[]) {
  const input = new FakeInput(accept, files);
  const notify = vi.fn<(message: string) => void>();
  installMediaGuard(input, notify);
  const decap = vi.fn();
  input.addEventListener('change', decap);
  return { input, notify, decap };
}

describe('installMediaGuard: the check before Decap uploads', () => {
  it('holds the change event back, then passes a good file on to Decap once', async () => {
    const { input, notify, decap } = setUp('image/*', [file(PNG, 'banenmarkt.png')]);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(decap).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(decap).toHaveBeenCalledTimes(1));
    expect(notify).not.toHaveBeenCalled();
    expect(input.value).toBe('C:\\fakepath\\x');
  });

  it('stops a bad file: Decap never hears of it, the editor reads why, the input is cleared', async () => {
    const { input, notify, decap } = setUp('image/*', [file(SVG, 'logo.svg')]);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
    expect(notify.mock.calls[0][0]).toMatch(/^Dit bestand kan niet op de site\.\n\n"logo\.svg" is een SVG-bestand\..*PNG of WebP/);
    expect(decap).not.toHaveBeenCalled();
    expect(input.value).toBe('');
  });

  it("refuses a PDF in an image field's picker but not in the media library", async () => {
    const image = setUp('image/*', [file(PDF, 'folder.pdf')]);
    image.input.dispatchEvent(new Event('click'));
    image.input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(image.notify).toHaveBeenCalledTimes(1));
    expect(image.decap).not.toHaveBeenCalled();

    const media = setUp('*/*', [file(PDF, 'folder.pdf')]);
    media.input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(media.decap).toHaveBeenCalledTimes(1));
  });

  it('narrows the file dialog to the allowed types when it opens', () => {
    const image = setUp('image/*', []);
    image.input.dispatchEvent(new Event('click'));
    expect(image.input.accept).toBe('.jpg,.jpeg,image/jpeg,.png,image/png,.webp,image/webp,.avif,image/avif');
    // A second click keeps the image-only choice although accept no longer says image/*.
    image.input.dispatchEvent(new Event('click'));
    expect(image.input.accept).not.toContain('pdf');
    const media = setUp('*/*', []);
    media.input.dispatchEvent(new Event('click'));
    expect(media.input.accept).toContain('.pdf,application/pdf');
    expect(media.input.accept).not.toContain('svg');
  });
});

describe("check before saving: images from the site's own media folder only", () => {
  const [nieuws] = cmsConfig({ scope: 'twente', localBackend: false }).collections;
  const news = {
    title: 'Nieuw spreekuur',
    date: '2026-11-20',
    summary: 'Er is een nieuw spreekuur in Almelo voor iedereen.',
    audiences: ['werkende'],
    body: 'Tekst',
  };
  const withImage = (src: string) => ({ ...news, image: { src, alt: 'Mensen aan tafels op een banenmarkt' } });

  it('accepts an image in /media/twente/ and an entry without an image', () => {
    expect(nieuws.public_folder).toBe('/media/twente');
    expect(imageProblems(nieuws.fields, withImage('/media/twente/banenmarkt.webp'), nieuws.public_folder)).toEqual([]);
    expect(imageProblems(nieuws.fields, { ...news, image: { src: '', alt: '' } }, nieuws.public_folder)).toEqual([]);
    expect(
      saveProblems(editorialKinds().nieuws.schema, nieuws.fields, withImage('/media/twente/banenmarkt.png'), nieuws.public_folder),
    ).toEqual([]);
  });

  it.each(['/media/groningen/werkfestival.png', 'https://example.org/foto.png', '/media/twente/sub/foto.png', '/media/twente-extra.png'])(
    "refuses %s: not in this site's folder",
    (src) => {
      expect(imageProblems(nieuws.fields, withImage(src), nieuws.public_folder)).toEqual([
        `Afbeelding › Afbeelding: "${src}" staat niet in de map van deze site (/media/twente/). Kies de afbeelding opnieuw via "Kies een afbeelding" en upload hem zo nodig.`,
      ]);
    },
  );

  it('refuses an SVG or another type once, in Dutch, with the fix', () => {
    const problems = saveProblems(editorialKinds().nieuws.schema, nieuws.fields, withImage('/media/twente/logo.svg'), nieuws.public_folder);
    expect(problems).toEqual([
      'Afbeelding › Afbeelding: "logo.svg" is geen JPEG-, PNG-, WebP- of AVIF-afbeelding. Een SVG kan niet: sla die op als PNG of WebP en upload die.',
    ]);
    expect(imageProblems(nieuws.fields, withImage('/media/twente/pagina.html'), nieuws.public_folder)).toHaveLength(1);
  });

  it("still reports the other fields' problems", () => {
    const problems = saveProblems(
      editorialKinds().nieuws.schema,
      nieuws.fields,
      { ...withImage('/media/twente/logo.svg'), title: 'Kort' },
      nieuws.public_folder,
    );
    expect(problems).toEqual([expect.stringMatching(/^Afbeelding › Afbeelding: "logo\.svg"/), expect.stringMatching(/^Titel: /)]);
  });
});
