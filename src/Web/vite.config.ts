import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;
const api = resolve(here, '../Api');

/** The README's GraphQL examples, read at build time, so the IDE opens with the queries the README prints. */
function readmeExamples(readmePath: string): Plugin {
  const id = 'virtual:readme-examples';
  return {
    name: 'readme-examples',
    resolveId: (source) => (source === id ? '\0' + id : undefined),
    load(source) {
      if (source !== '\0' + id) {
        return undefined;
      }
      this.addWatchFile(readmePath);
      const blocks = [...readFileSync(readmePath, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1].trim());
      return `export default ${JSON.stringify(blocks)};`;
    },
  };
}

export default defineConfig({
  logLevel: 'warn',
  plugins: [
    readmeExamples(resolve(here, '../../README.md')),
    {
      // The manifest of the front end's documents goes beside the API, outside the files it serves.
      name: 'trusted-documents',
      closeBundle: () => copyFileSync(resolve(here, 'src/gql/persisted-documents.json'), resolve(api, 'web-documents.json')),
    },
  ],
  build: {
    outDir: resolve(api, 'web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { app: resolve(here, 'index.html'), ide: resolve(here, 'ide.html') },
      // GraphiQL's dependencies mark React modules "use client", which means nothing outside server rendering.
      onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(warning)),
    },
  },
});
