// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

// The site's public origin, for canonical links and citations; unset → site-relative links.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  // Stable URLs: every page is a directory with an index.html, linked with a trailing slash.
  trailingSlash: "always",
  build: {
    format: "directory",
    // One cached stylesheet rather than CSS repeated in every page.
    inlineStylesheets: "never",
  },
  integrations: [mdx()],
  // Theme intros have no code blocks; Shiki would also need inline styles the CSP forbids.
  markdown: { syntaxHighlight: false },
  // Static HTML only: no prefetch or client router scripts.
  prefetch: false,
  security: {
    // Astro emits a CSP <meta> with hashes of its processed scripts and styles.
    // 'wasm-unsafe-eval' lets the search page's Pagefind run its WebAssembly.
    csp: {
      // Everything else: this origin only; no plugins, no <base> rewriting, forms post only here.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      // Keep the copy-button script an external file, cached once, instead of inlining it per page.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // MDX modules start with Astro's "use astro:head-inject" marker, which the bundler reports
        // as a directive it may drop; the marker is handled before bundling, so the warning is noise.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
});
