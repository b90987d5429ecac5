// opencc-js ships no types for its dictionaries: each is one string, "from to|from to|…".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
