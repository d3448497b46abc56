// The browser renderer of the `greeting` element, loaded by rill on first use.
// It uses the app's own React (window.rill.React), so it needs no build step.
const { React } = window.rill;
const h = React.createElement;

export default function Greeting({ props, sendValue }) {
  const waves = typeof props.value === "number" ? props.value : 0;
  return h(
    "div",
    {
      className: "greeting-card",
      style: {
        display: "flex",
        alignItems: "center",
        gap: "0.75rem",
        padding: "0.75rem 1rem",
        border: "1px solid var(--rill-border)",
        borderRadius: "var(--rill-radius)",
        background: "var(--rill-bg-secondary)",
        color: "var(--rill-text)",
        fontFamily: "var(--rill-font)",
      },
    },
    h("span", { style: { fontSize: "1.25rem", flex: 1 } }, props.text),
    h(
      "button",
      {
        type: "button",
        onClick: () => sendValue(waves + 1),
        style: {
          border: "1px solid var(--rill-primary)",
          // The primary as text, shaded to stay readable (WCAG AA) on any theme's background.
          color: "var(--rill-primary-fg)",
          background: "transparent",
          borderRadius: "var(--rill-radius)",
          padding: "0.25rem 0.75rem",
          cursor: "pointer",
        },
      },
      `Wave (${waves})`,
    ),
  );
}
