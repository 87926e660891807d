// The Decap CMS admin, bundled from npm by Astro/Vite (no CDN). The page hands over the config
// generated at build time (src/lib/editorial/cms/config.ts) as JSON; this script adds the Dutch UI (decap-cms-app
// registers its bundled locales, 'nl' among them), preview templates in the house style, the
// Alert editor component and the check of uploads (./media-guard.ts), then starts the CMS.
import CMS from 'decap-cms-app';
import { alertEditorComponent } from './alert-component';
import { installMediaGuard } from './media-guard';
import { registerPreviews, type PreviewSite } from './previews';
import { saveProblems } from '../../lib/editorial/cms/validate';
import type { DecapField } from '../../lib/editorial/cms/fields';
import { eventSchema } from '../../schemas/agenda';
import { newsSchema } from '../../schemas/nieuws';
import { pageSchema } from '../../schemas/page';

interface AdminData {
  config: Record<string, unknown> & { collections: { name: string; public_folder: string; fields: DecapField[] }[] };
  preview: { styles: string[]; sites: PreviewSite[] };
}

const element = document.getElementById('cms-data');
if (!element?.textContent) throw new Error('The admin page has no #cms-data element with the CMS configuration');
const data = JSON.parse(element.textContent) as AdminData;

for (const href of data.preview.styles) CMS.registerPreviewStyle(href);
registerPreviews(
  CMS,
  data.config.collections.map((c) => c.name),
  data.preview.sites,
);
CMS.registerEditorComponent(alertEditorComponent);

// Check an entry against the same schema as the build before Decap writes it.
const SCHEMAS = { nieuws: newsSchema, agenda: eventSchema, regio: pageSchema } as const;
interface SaveEvent {
  entry: { get(key: 'collection'): string; get(key: 'data'): { toJS(): Record<string, unknown> } };
}
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: SaveEvent) => {
    const collection = data.config.collections.find((c) => c.name === entry.get('collection'));
    const schema = SCHEMAS[(collection?.name.split('-')[0] ?? '') as keyof typeof SCHEMAS];
    if (!collection || !schema) return;
    // Also: images only from this site's media folder and of an allowed type.
    const problems = saveProblems(schema, collection.fields, entry.get('data').toJS(), collection.public_folder);
    if (problems.length) throw new Error(`controleer deze velden. ${problems.join(' — ')}`);
  },
} as never);
// A file the build would refuse never reaches the repository: judged before Decap uploads it.
installMediaGuard(window, (message) => window.alert(message));

// The CMS type declarations describe a narrower config than Decap accepts; the config is checked
// by Decap itself at start-up and by tests/unit/lib/editorial/cms/config.test.ts.
CMS.init({ config: data.config as never });
