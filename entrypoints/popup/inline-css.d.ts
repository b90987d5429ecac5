/** Vite's `?inline`: a stylesheet's built text as a string (first-paint.js carries the popup's stylesheet). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
