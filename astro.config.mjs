// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { buildCacheDir } from './src/lib/site/config.ts';

export default defineConfig({
  site: 'https://leerwerkloket.nl',
  trailingSlash: 'always',
  // Keep one space between inline elements ("jsx" would glue words together).
  compressHTML: true,
  build: {
    format: 'directory',
    // Stylesheets stay files so the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  // Reuse catalogue pages whose code and cache key (src/lib/site/page-keys.ts) are unchanged;
  // scripts/build.ts decides when the cache may be used at all (`npm run build -- --clean`).
  // The content store stays one file: Astro's chunked storage (collectionStorage: 'chunked') took
  // 132 s to write 20,000 offers, against 42 s to compile the single file (issue #14, BENCHMARKS.md).
  experimental: { incrementalBuild: true },
  // The build cache (content store, reused pages, search indexes) lives in the project, not in
  // node_modules: a copy of the project with node_modules linked (tests, the bench) gets its own,
  // and `npm ci` keeps it. Builds that run side by side set their own with ASTRO_CACHE_DIR.
  cacheDir: buildCacheDir(),
  // Highlighted code would come as inline style attributes, which the strict CSP refuses; code
  // blocks (only in the API docs, /partners/open-data/) get the house style instead.
  markdown: { syntaxHighlight: false },
  integrations: [mdx()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      // scripts/build.ts starts Astro on an empty folder into which it has linked the pages Astro may
      // reuse (src/tooling/output/reuse-pages.ts); emptying it here would make Astro copy them all.
      emptyOutDir: false,
      rolldownOptions: {
        // Two warnings that are understood and harmless, silenced so the ones that need action stand out
        // (112 with code frames in a full build):
        // - "use astro:head-inject": Astro writes this directive into each content entry's asset module
        //   (astro/dist/content/vite-plugin-content-assets.js) and nothing reads it after bundling.
        // - "use client" in Decap CMS dependencies (react-toastify, jotai): a React Server Components
        //   marker with no meaning in a browser-only bundle.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && /"use (astro:head-inject|client)"/.test(log.message)) return;
          handler(level, log);
        },
      },
    },
  },
});
