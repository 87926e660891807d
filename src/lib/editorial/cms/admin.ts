// Where the CMS admin lives. Path mode: /beheer/ on the national host. Host mode: its own host
// (beheer.<national host>), never an origin shared with a public site (Decap needs 'unsafe-eval'
// and keeps the editor's git token in the browser).
import { builtSites, getSite, NATIONAL } from '../../site/sites';

export const ADMIN_DIR = 'beheer';
export const ADMIN_PATH = `/${ADMIN_DIR}/`;

export const adminHost = () => `${ADMIN_DIR}.${getSite(NATIONAL).host}`;

/** getStaticPaths for /beheer/<site>/. */
export function perAdmin() {
  return builtSites().map((site) => ({ params: { site: site.id }, props: { siteId: site.id } }));
}

/** True for paths that belong to the admin (keep them out of sitemaps and search indexes). */
export const isAdminPath = (path: string) => path === ADMIN_PATH || path.startsWith(ADMIN_PATH);
