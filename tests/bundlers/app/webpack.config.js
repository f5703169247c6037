// A plain webpack 5 production build: nothing passgate-specific.
import { resolve } from "node:path";

export default {
  mode: "production",
  entry: "./main.js",
  output: { path: resolve(import.meta.dirname, "dist"), filename: "main.js", clean: true },
  performance: { hints: false },
};
