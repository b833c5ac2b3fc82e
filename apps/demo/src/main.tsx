// Before anything that imports zod (see zodConfig.ts).
import "./zodConfig";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@milepael/ui/font.css";
import "@milepael/ui/styles.css";
import "./app.css";
import { App } from "./App";

// The kit's dark theme when the reader's system asks for dark, on the whole page (tokens.css).
const darkScheme = window.matchMedia("(prefers-color-scheme: dark)");
const followScheme = () => {
  document.documentElement.classList.toggle("mp-theme-dark", darkScheme.matches);
  document.documentElement.classList.toggle("mp-theme-light", !darkScheme.matches);
};
followScheme();
darkScheme.addEventListener("change", followScheme);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// An error an error boundary caught is handled: the page shows it in place. React would log it with
// console.error, which reads as a failure (and fails the e2e tests, which allow none); a warning keeps
// it visible to developers.
createRoot(root, {
  onCaughtError: (error, info) =>
    console.warn("milepael: a widget failed and was replaced", error, info.componentStack),
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
