// Vite's `?raw` imports give the file's text.
declare module '*?raw' {
  const text: string;
  export default text;
}
