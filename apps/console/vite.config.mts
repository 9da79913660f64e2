/**
 * The console's build: `npm run build` writes it to dist/console, which the API serves at `/`.
 * No @vitejs/plugin-react: Vite 8 turns TSX into JavaScript itself (oxc, automatic JSX runtime), and
 * the plugin's fast refresh is for a dev server we do not run. Every file is bundled: no CDN.
 */
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The entry (main.tsx) is small and imports the rest of the console dynamically, so that it can start
 * the board's reads first; index.html still names that rest (console-app.tsx and the chunks it imports)
 * as module preloads, so the browser fetches it while it parses the page, not after the entry ran, and
 * the bundle budget counts it as the initial JavaScript it is. Its stylesheet is a preload, not a link:
 * a stylesheet link holds every script back until it has loaded, the entry's reads with them.
 */
function preloadConsoleApp(): Plugin {
  return {
    name: 'preload-console-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const bundleChunk = (fileName: string) => chunks.find((file) => file.fileName === fileName);
        const app = chunks.find((file) => file.facadeModuleId?.endsWith('/src/console-app.tsx'));
        if (!app) throw new Error('the build has no chunk for src/console-app.tsx');
        const already = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName) || already.has(fileName)) return;
          files.add(fileName);
          for (const imported of bundleChunk(fileName)?.imports ?? []) visit(imported);
        };
        visit(app.fileName);
        const styles = new Set(
          [...files].flatMap((fileName) => [...(bundleChunk(fileName)?.viteMetadata?.importedCss ?? [])]),
        );
        const link = (rel: string, fileName: string, as?: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel, ...(as ? { as } : {}), crossorigin: true, href: `/${fileName}` },
          injectTo: 'head',
        });
        return [
          ...[...styles].map((fileName) => link('preload', fileName, 'style')),
          ...[...files].map((fileName) => link('modulepreload', fileName)),
        ];
      },
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [preloadConsoleApp()],
  resolve: {
    // React Router's package exports name only its development build (its checks and warnings in every
    // navigation and render); its production build sits beside it, and that is the one a browser gets.
    alias: [
      {
        find: /^react-router$/,
        replacement: fileURLToPath(
          new URL('../../node_modules/react-router/dist/production/index.mjs', import.meta.url),
        ),
      },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
    rollupOptions: {
      // antd marks its modules "use client" for React Server Components, which a browser bundle has no use for.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
