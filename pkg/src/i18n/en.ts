// English: generated from the Rust templates (src/messages.rs), which the Rust `Display`s render.
export { english as en } from "../types/messages.js";
