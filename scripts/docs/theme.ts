// Discord's dark theme, as its client draws a message: colours and sizes in CSS pixels.

export const THEME = {
  background: "#313338",
  embed: "#2b2d31",
  embedBorder: "#1e1f22",
  text: "#dbdee1",
  header: "#f2f3f5",
  secondary: "#b5bac1",
  muted: "#949ba4",
  link: "#00a8fc",
  codeBackground: "#1e1f22",
  codeBorder: "#232428",
  quoteBar: "#4e5058",
  mentionBackground: "rgba(88, 101, 242, 0.3)",
  mentionText: "#c9cdfb",
  spine: "#4e5058",
  appTag: "#5865f2",
  button: {
    secondary: "#4e5058",
    primary: "#5865f2",
    success: "#248046",
    danger: "#da373c",
    text: "#ffffff",
  },
  select: { background: "#1e1f22", border: "#1e1f22", placeholder: "#949ba4", chevron: "#b5bac1" },
} as const;

/**
 * The picture: 612 CSS pixels wide (a message's text starts 72 px in, after the 40 px avatar; an
 * embed is at most 520 px), drawn at twice the pixels. Discord shows an embed's image within
 * 400 × 300 px.
 */
export const LAYOUT = {
  width: 612,
  scale: 2,
  gutter: 72,
  avatarLeft: 16,
  avatar: 40,
  padTop: 16,
  padBottom: 16,
  embedMaxWidth: 520,
  embedImage: { maxWidth: 400, maxHeight: 300 },
  selectMaxWidth: 400,
} as const;
