// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

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
  // Highlighted code would come as inline style attributes, which the strict CSP refuses; code
  // blocks (only in the API docs, /partners/open-data/) get the house style instead.
  markdown: { syntaxHighlight: false },
  integrations: [mdx()],
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
