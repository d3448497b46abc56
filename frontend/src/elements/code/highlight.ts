/** highlight.js core with languages loaded on first use. */
import hljs from "highlight.js/lib/core";

type Loader = () => Promise<{ default: Parameters<typeof hljs.registerLanguage>[1] }>;

const LANGUAGES: Record<string, Loader> = {
  python: () => import("highlight.js/lib/languages/python"),
  javascript: () => import("highlight.js/lib/languages/javascript"),
  typescript: () => import("highlight.js/lib/languages/typescript"),
  json: () => import("highlight.js/lib/languages/json"),
  bash: () => import("highlight.js/lib/languages/bash"),
  sql: () => import("highlight.js/lib/languages/sql"),
  yaml: () => import("highlight.js/lib/languages/yaml"),
  xml: () => import("highlight.js/lib/languages/xml"),
  css: () => import("highlight.js/lib/languages/css"),
  markdown: () => import("highlight.js/lib/languages/markdown"),
  rust: () => import("highlight.js/lib/languages/rust"),
  go: () => import("highlight.js/lib/languages/go"),
  java: () => import("highlight.js/lib/languages/java"),
  cpp: () => import("highlight.js/lib/languages/cpp"),
  c: () => import("highlight.js/lib/languages/c"),
  ini: () => import("highlight.js/lib/languages/ini"),
  r: () => import("highlight.js/lib/languages/r"),
};

const ALIASES: Record<string, string> = {
  py: "python",
  js: "javascript",
  jsx: "javascript",
  ts: "typescript",
  tsx: "typescript",
  sh: "bash",
  shell: "bash",
  zsh: "bash",
  console: "bash",
  html: "xml",
  svg: "xml",
  yml: "yaml",
  toml: "ini",
  md: "markdown",
  rs: "rust",
  golang: "go",
  "c++": "cpp",
};

const loaded = new Map<string, Promise<boolean>>();

export function languageName(language: string | null | undefined): string | null {
  if (!language) return null;
  const key = language.toLowerCase();
  const name = ALIASES[key] ?? key;
  return name in LANGUAGES ? name : null;
}

/** Load a language once; resolves false when it is not one we ship. */
export function loadLanguage(name: string): Promise<boolean> {
  let promise = loaded.get(name);
  if (!promise) {
    const loader = LANGUAGES[name];
    promise = loader
      ? loader().then((m) => {
          hljs.registerLanguage(name, m.default);
          return true;
        })
      : Promise.resolve(false);
    loaded.set(name, promise);
  }
  return promise;
}

/** Highlighted HTML, or null when the language is not loaded. */
export function highlight(code: string, name: string): string | null {
  if (!hljs.getLanguage(name)) return null;
  return hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
}
