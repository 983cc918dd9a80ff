// Sizes and colours. The chart sits on an opaque card of its own, a neutral dark slate with light
// text, so it reads the same in Discord's dark and light themes (the card's border keeps its edge
// visible on the dark theme's background). Discord shows an embed's large image about 400 px wide
// and at most ~300 px tall, so a chart is 800 wide and 450 to 600 tall (up to 4:3, for rows), drawn
// at twice the pixels to stay sharp when opened; type is large enough to read at half size.

export const SIZE = { width: 800, height: 450, maxHeight: 600, scale: 2, padding: 24, radius: 14 } as const;

export const COLOURS = {
  card: "#1f2329",
  border: "#3a404b",
  text: "#f2f3f5",
  note: "#d9dde3",
  muted: "#aab1bd",
  grid: "#333944",
  axis: "#8a93a3",
  warn: "#f5a524",
  warnInk: "#1f2329",
} as const;

/** Bar colours: the embed colour of each answer kind, lightened for the dark card. */
export const BAR_COLOURS = { funding: "#34c391", ranking: "#f0b429" } as const;

/** One colour per company in a comparison (Okabe–Ito, told apart with colour-blindness too). */
export const SERIES_COLOURS = ["#56b4e9", "#e69f00", "#cc79a7", "#43c59e"] as const;

export const TYPE = {
  title: 23,
  subtitle: 15,
  label: 16,
  value: 16,
  small: 14,
  note: 14,
  footer: 13,
} as const;
