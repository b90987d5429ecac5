/**
 * The watch list's lines, names and aliases only: what the options page counts as the user types. Kept apart from
 * watch-list.ts, whose kinds need the name finders, so the options page's first load does not carry them.
 */

/** One item per line: "name = alias = alias" (= or ＝). Blank lines and duplicates are dropped. */
export function watchListLines(text: string): { name: string; aliases: string[] }[] {
  const out: { name: string; aliases: string[] }[] = [];
  for (const line of text.split('\n')) {
    const [name, ...aliases] = line
      .split(/[=＝]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (!name || out.some((o) => o.name === name)) continue;
    out.push({ name, aliases });
  }
  return out;
}
