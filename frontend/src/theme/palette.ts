/** The built-in light and dark themes. */
export type Scheme = "light" | "dark";

export const PALETTE_NAMES = [
  "red",
  "orange",
  "yellow",
  "green",
  "blue",
  "violet",
  "gray",
] as const;
export type PaletteName = (typeof PALETTE_NAMES)[number];

export interface BaseTheme {
  primary: string;
  bg: string;
  bgSecondary: string;
  text: string;
  link: string;
  codeBg: string;
  border: string;
  /** [color, background, text] per palette name. */
  palette: Record<PaletteName, [string, string, string]>;
  chartCategorical: string[];
  chartSequential: string[];
}

export const LIGHT: BaseTheme = {
  primary: "#ff4b4b",
  bg: "#ffffff",
  bgSecondary: "#f3f4f8",
  text: "#262730",
  link: "#0b66d0",
  codeBg: "#f5f6f9",
  border: "rgba(38, 39, 48, 0.14)",
  palette: {
    red: ["#e5383b", "rgba(255, 59, 59, 0.09)", "#a8241f"],
    orange: ["#ec6a0c", "rgba(255, 145, 40, 0.11)", "#9a4500"],
    yellow: ["#d19c00", "rgba(255, 205, 25, 0.15)", "#7d5800"],
    green: ["#1c9a52", "rgba(33, 195, 84, 0.1)", "#136a38"],
    blue: ["#1c7ed6", "rgba(28, 131, 225, 0.1)", "#0b4f96"],
    violet: ["#7c3aed", "rgba(128, 61, 245, 0.1)", "#5b21b6"],
    gray: ["#6b6e7a", "rgba(38, 39, 48, 0.07)", "#4a4c57"],
  },
  chartCategorical: [
    "#0068c9",
    "#83c9ff",
    "#ff2b2b",
    "#ffabab",
    "#29b09d",
    "#7defa1",
    "#ff8700",
    "#ffd16a",
    "#6d3fc0",
    "#d5dae5",
  ],
  chartSequential: [
    "#e4f5ff",
    "#c7ebff",
    "#a6dcff",
    "#83c9ff",
    "#60b4ff",
    "#3d9df3",
    "#1c83e1",
    "#0068c9",
    "#0054a3",
    "#004280",
  ],
};

export const DARK: BaseTheme = {
  primary: "#ff4b4b",
  bg: "#0e1117",
  bgSecondary: "#1d2029",
  text: "#f4f5f7",
  link: "#5eaaff",
  codeBg: "#171a22",
  border: "rgba(244, 245, 247, 0.16)",
  palette: {
    red: ["#ff6c6c", "rgba(255, 108, 108, 0.16)", "#ffbdb9"],
    orange: ["#ffa94d", "rgba(255, 169, 77, 0.16)", "#ffd8a8"],
    yellow: ["#ffd43b", "rgba(255, 212, 59, 0.14)", "#ffec99"],
    green: ["#51cf66", "rgba(81, 207, 102, 0.15)", "#b2f2bb"],
    blue: ["#4dabf7", "rgba(77, 171, 247, 0.16)", "#a5d8ff"],
    violet: ["#b197fc", "rgba(177, 151, 252, 0.16)", "#d0bfff"],
    gray: ["#a0a4b0", "rgba(160, 164, 176, 0.16)", "#d6d8de"],
  },
  chartCategorical: [
    "#83c9ff",
    "#0068c9",
    "#ffabab",
    "#ff2b2b",
    "#7defa1",
    "#29b09d",
    "#ffd16a",
    "#ff8700",
    "#6d3fc0",
    "#d5dae5",
  ],
  chartSequential: [
    "#004280",
    "#0054a3",
    "#0068c9",
    "#1c83e1",
    "#3d9df3",
    "#60b4ff",
    "#83c9ff",
    "#a6dcff",
    "#c7ebff",
    "#e4f5ff",
  ],
};
