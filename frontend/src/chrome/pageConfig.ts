/** Side effects of `st.set_page_config`: the tab's title and icon. */

function isEmoji(icon: string): boolean {
  return !/[/.:]/.test(icon) && [...icon].length <= 8;
}

/** The favicon URL for a page icon: an emoji drawn into an SVG, or the URL as given. */
export function faviconUrl(icon: string): string {
  if (!isEmoji(icon)) return icon;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export function applyFavicon(icon: string | null | undefined, doc: Document = document): void {
  if (!icon) return;
  let link = doc.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = doc.createElement("link");
    link.rel = "icon";
    doc.head.appendChild(link);
  }
  link.href = faviconUrl(icon);
}

/** Menu item keys as Streamlit accepts them ("Get help", "get_help", "About") → canonical. */
export function menuItem(
  items: Record<string, string | null> | null | undefined,
  name: "get_help" | "report_a_bug" | "about",
): string | null | undefined {
  if (!items) return undefined;
  for (const [key, value] of Object.entries(items)) {
    if (key.toLowerCase().replace(/[\s-]+/g, "_") === name) return value;
  }
  return undefined;
}
