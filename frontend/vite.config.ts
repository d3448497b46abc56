/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The app is served under `/<baseUrlPath>/`: the server rewrites `<base href="/">` in
// index.html, so every asset URL must stay relative (`base: "./"`).
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: {
    outDir: "../src/rill/static",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 900,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // React and Mantine change less often than the app: their own long-cached chunk.
        advancedChunks: {
          groups: [
            {
              name: "vendor",
              test: /node_modules[\\/](react|react-dom|scheduler|@mantine[\\/](core|hooks)|@floating-ui|react-remove-scroll|react-number-format|react-textarea-autosize|clsx|tslib|use-callback-ref|use-sidecar|react-style-singleton|get-nonce|detect-node-es|aria-hidden|type-fest)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      // `npm run dev` talks to a rill server on its default port.
      "/_rill": { target: "http://127.0.0.1:8501", ws: true },
    },
  },
  test: {
    environment: "happy-dom",
    globals: true,
    setupFiles: ["src/test/setup.ts"],
    css: false,
    restoreMocks: true,
  },
});
