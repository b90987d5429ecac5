/**
 * Countries' and regions' Chinese names of three characters or more (马来西亚, 印度尼西亚, 阿塞拜疆), from the CLDR data
 * every browser ships (Intl.DisplayNames), in simplified and traditional script: a run that opens one is no person's
 * name (马来西 of 马来西亚; session 51, R142).
 */
let regions: readonly string[] | null = null;

function regionNames(): readonly string[] {
  if (regions) return regions;
  const out = new Set<string>();
  for (const locale of ['zh-Hans', 'zh-Hant']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const name = names.of(String.fromCharCode(a, b));
        if (name && /^\p{Script=Han}{3,}$/u.test(name)) out.add(name);
      }
  }
  return (regions = [...out]);
}

/** Whether every mention of `name` in `text` is the start of a longer country's or region's name. */
export function opensRegionName(text: string, name: string): boolean {
  const longer = regionNames().filter((r) => r.length > name.length && r.startsWith(name));
  if (!longer.length) return false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (!longer.some((r) => text.startsWith(r, i))) return false;
  return true;
}
