// The Decap CMS configuration, generated from the same schemas and folder rules as the content
// collections (src/lib/editorial/collections.ts). Each region gets its own nieuws, agenda and pages
// collections, limited to its folders, with media in public/media/<slug>/; the national admin
// has the national collections and sees every region's too.
import { paths } from '../../site/paths';
import { editorialKinds, type EditorialName } from '../collections';
import { allSites, getSite, NATIONAL, siteUrls, type Site } from '../../site/sites';
import { fieldsFor, type DecapField } from './fields';

export type BackendName = 'gitlab' | 'gitea' | 'github';

export interface BackendSettings {
  name: BackendName;
  repo: string;
  branch: string;
  /** OAuth application id (GitLab/Gitea with PKCE). */
  appId?: string;
  /** API of a self-hosted GitLab or Gitea, e.g. https://git.example.nl/api/v4. */
  apiRoot?: string;
  /** Where the login runs: the GitLab/Gitea host, or for GitHub the OAuth proxy. */
  baseUrl?: string;
}

/** Production backend from the environment (see docs/cms.md); GitLab with PKCE by default. */
export function backendFromEnv(env: Record<string, string | undefined> = process.env): BackendSettings {
  const name = (env.CMS_BACKEND ?? 'gitlab') as BackendName;
  if (!['gitlab', 'gitea', 'github'].includes(name)) throw new Error(`CMS_BACKEND is "${name}"; use gitlab, gitea or github`);
  return {
    name,
    repo: env.CMS_REPO ?? 'leerwerkloket/leerwerkloket',
    branch: env.CMS_BRANCH ?? 'main',
    appId: env.CMS_APP_ID,
    apiRoot: env.CMS_API_ROOT,
    baseUrl: env.CMS_BASE_URL,
  };
}

/** decap-server's address for local editing (`npm run cms`). */
export function localBackendUrl(env: Record<string, string | undefined> = process.env): string {
  const port = Number(env.DECAP_SERVER_PORT ?? 8081);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`DECAP_SERVER_PORT is "${env.DECAP_SERVER_PORT}"; use a port number`);
  // 127.0.0.1, not localhost: decap-server listens on IPv4 loopback only (scripts/cms.ts).
  return `http://127.0.0.1:${port}/api/v1`;
}

function backendConfig(b: BackendSettings) {
  const common = { repo: b.repo, branch: b.branch, squash_merges: true, cms_label_prefix: 'decap/' };
  if (b.name === 'github') return { name: 'github', ...common, ...(b.baseUrl ? { base_url: b.baseUrl } : {}) };
  return {
    name: b.name,
    ...common,
    ...(b.name === 'gitlab' ? { auth_type: 'pkce' } : {}),
    ...(b.appId ? { app_id: b.appId } : {}),
    ...(b.apiRoot ? { api_root: b.apiRoot } : {}),
    ...(b.baseUrl ? { base_url: b.baseUrl } : {}),
  };
}

const LABELS: Record<EditorialName, { plural: string; singular: string }> = {
  nieuws: { plural: 'Nieuws', singular: 'Nieuwsbericht' },
  agenda: { plural: 'Agenda', singular: 'Activiteit' },
  regio: { plural: "Pagina's", singular: 'Pagina' },
};

const BODY: DecapField = {
  name: 'body',
  label: 'Tekst',
  widget: 'markdown',
  hint: 'Gebruik tussenkoppen (Kop 2), lijstjes en links. Code, scripts en HTML zijn niet toegestaan.',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: ['alert'],
  modes: ['rich_text', 'raw'],
  sanitize_preview: true,
};

/** Collection name in the CMS: "agenda-twente". The preview templates use it too. */
export const collectionName = (kind: EditorialName, site: string) => `${kind}-${site}`;

export interface DecapCollection {
  name: string;
  label: string;
  folder: string;
  media_folder: string;
  public_folder: string;
  slug: string;
  fields: DecapField[];
  [option: string]: unknown;
}

export function collectionsFor(site: Site): DecapCollection[] {
  const kinds = editorialKinds();
  const names: EditorialName[] = site.isNational ? ['nieuws', 'agenda'] : ['nieuws', 'agenda', 'regio'];
  return names.map((name) => {
    const kind = kinds[name];
    const label = `${LABELS[name].plural} ${site.isNational ? 'landelijk' : site.shortName}`;
    const dated = name !== 'regio';
    return {
      name: collectionName(name, site.id),
      label,
      label_singular: LABELS[name].singular,
      description:
        name === 'agenda'
          ? `Activiteiten van ${site.displayName}. Voorbije activiteiten gaan vanzelf naar het archief.`
          : name === 'nieuws'
            ? `Nieuwsberichten van ${site.displayName}.`
            : `Eigen pagina's van ${site.displayName}.`,
      folder: `content/${name}/${site.id}`,
      create: true,
      delete: true,
      extension: 'mdx',
      format: 'yaml-frontmatter',
      slug:
        name === 'agenda'
          ? "{{fields.start | date('YYYY-MM-DD')}}-{{slug}}"
          : dated
            ? "{{fields.date | date('YYYY-MM-DD')}}-{{slug}}"
            : '{{slug}}',
      media_folder: `/public/media/${site.id}`,
      public_folder: `/media/${site.id}`,
      summary:
        name === 'agenda'
          ? "{{title}} ({{start | date('D-M-YYYY HH:mm')}})"
          : dated
            ? "{{title}} ({{date | date('D-M-YYYY')}})"
            : '{{title}}',
      sortable_fields: name === 'agenda' ? ['start', 'title', 'date'] : dated ? ['date', 'title'] : ['title'],
      editor: { preview: true },
      fields: [...fieldsFor(kind.schema), BODY],
    };
  });
}

export interface AdminOptions {
  /** The site whose editors use this admin ("twente"); "landelijk" gets every collection. */
  scope: string;
  backend?: BackendSettings;
  localBackend?: string | false;
}

/** The full Decap config for one admin page. */
export function cmsConfig(options: AdminOptions) {
  const site = getSite(options.scope);
  const sites = site.isNational ? [site, ...allSites().filter((s) => !s.isNational)] : [site];
  const backend = options.backend ?? backendFromEnv();
  const localBackend = options.localBackend === undefined ? localBackendUrl() : options.localBackend;
  return {
    load_config_file: false,
    locale: 'nl',
    backend: backendConfig(backend),
    ...(localBackend ? { local_backend: { url: localBackend } } : {}),
    publish_mode: 'editorial_workflow',
    site_url: siteUrls().absolute(site.id, paths.home),
    display_url: siteUrls().absolute(site.id, paths.home),
    media_folder: `public/media/${site.id}`,
    public_folder: `/media/${site.id}`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: sites.flatMap(collectionsFor),
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;

/** What the preview templates need to know about each site in an admin. */
export function previewSites(scope: string) {
  const site = getSite(scope);
  const sites = site.isNational ? allSites() : [site];
  return sites.map((s) => ({ id: s.id, displayName: s.displayName, accent: s.accent, national: s.id === NATIONAL }));
}
