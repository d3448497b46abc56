/**
 * The Mantine theme of the app (and of the renderer tests, so they see the same markup).
 * Colors are CSS variables, so it never changes at run time: theme.ts rewrites the variables.
 */
import {
  createTheme,
  defaultVariantColorsResolver,
  type VariantColorsResolver,
} from "@mantine/core";

// Mantine's primary palette points at the theme's CSS variable, so every Mantine component
// follows `primaryColor` (and the sidebar's own, see styles/theme.css) without a rebuild.
const mix = (pct: number, other: string): string =>
  `color-mix(in srgb, var(--rill-primary) ${pct}%, ${other})`;
const PRIMARY = [
  mix(10, "white"),
  mix(22, "white"),
  mix(40, "white"),
  mix(58, "white"),
  mix(76, "white"),
  mix(90, "white"),
  "var(--rill-primary)",
  mix(86, "black"),
  mix(74, "black"),
  mix(62, "black"),
] as const;

// Text on a filled primary surface is the color theme.ts picked to be readable on it.
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const primary = (input.color ?? "rill") === "rill";
  return input.variant === "filled" && primary
    ? { ...colors, color: "var(--rill-on-primary)" }
    : colors;
};

export const mantineTheme = createTheme({
  colors: { rill: PRIMARY },
  primaryColor: "rill",
  primaryShade: { light: 6, dark: 6 },
  fontFamily: "var(--rill-font)",
  fontFamilyMonospace: "var(--rill-font-code)",
  headings: { fontFamily: "var(--rill-font-heading)" },
  defaultRadius: "md",
  cursorType: "pointer",
  focusRing: "auto",
  variantColorResolver,
  components: {
    // ARIA requires aria-expanded on a role="combobox" input (selectbox, multiselect,
    // time_input); Select and MultiSelect give no way to ask for it but these defaults.
    ComboboxTarget: { defaultProps: { withExpandedAttribute: true } },
    ComboboxEventsTarget: { defaultProps: { withExpandedAttribute: true } },
    // The chevron is decoration: the combobox role already says there is a list to open.
    ComboboxChevron: { defaultProps: { "aria-hidden": true } },
    // ColorInput's picker (color_picker) has unnamed sliders otherwise.
    ColorPicker: {
      defaultProps: { saturationLabel: "Saturation", hueLabel: "Hue", alphaLabel: "Alpha" },
    },
  },
});
