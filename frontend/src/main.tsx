/** Entry point: styles and fonts, the store, the session, and the first paint. */
import "./styles/mantine";
import "@fontsource/source-sans-3/400.css";
import "@fontsource/source-sans-3/400-italic.css";
import "@fontsource/source-sans-3/600.css";
import "@fontsource/source-sans-3/700.css";
import "@fontsource/source-serif-4/400.css";
import "@fontsource/source-serif-4/700.css";
import "@fontsource/source-code-pro/400.css";
import "@fontsource/source-code-pro/600.css";
// `:material/name:` icons; the browser fetches the font only when a page shows one.
import "@fontsource/material-symbols-rounded/400.css";
import "./styles/theme.css";
import "./styles/shell.css";
import "./styles/elements.css";
import "./styles/content.css";
import "./styles/widgets.css";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./chrome/App";
import { lastTheme } from "./chrome/preferences";
import { Session } from "./core/session";
import { Store } from "./core/store";
import { WidgetManager } from "./core/widgets";
import { loadMarkdownEngine } from "./markdown/Markdown";

const store = new Store(true);
// Start in the theme of the last visit until the server sends the current one.
store.update((s) => ({ ...s, theme: lastTheme() }));
const session = new Session(store, { baseUrl: document.baseURI });
const widgets = new WidgetManager((values, fragmentId) =>
  session.rerun(values, fragmentId ? { fragment_id: fragmentId } : {}),
);

// Plugin element modules render with the app's own React (docs/plugins/frontend-renderers.md).
(window as unknown as { rill: unknown }).rill = { React, version: 1 };

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root");
createRoot(container).render(<App store={store} session={session} widgets={widgets} />);
session.connect();
// Markdown is in nearly every app: fetch its engine while the socket connects.
void loadMarkdownEngine();
