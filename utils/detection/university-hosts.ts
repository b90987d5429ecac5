/**
 * Academic domain suffixes. One list feeds both the manifest's host permissions (where the background may inject
 * the detector) and the runtime host check, so the two can never disagree.
 */
export const UNIVERSITY_SUFFIXES = [
  'edu',
  'edu.cn',
  'ac.cn',
  'ac.uk',
  'edu.au',
  'ac.jp',
  'edu.hk',
  'edu.tw',
  'edu.mo',
  'edu.sg',
  'ac.kr',
  'ac.nz',
  'ac.in',
  'edu.my',
  'ac.za',
  'edu.ca',
] as const;

/** Match patterns for every host under a university suffix, http and https. */
// Pure: a bundle that does not use it (the detector) drops it and the list with it.
export const UNIVERSITY_MATCHES: string[] = /* @__PURE__ */ UNIVERSITY_SUFFIXES.map((s) => `*://*.${s}/*`);

/** True when the host (e.g. "news.xjtu.edu.cn") belongs to a university domain. */
export function isUniversityHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return UNIVERSITY_SUFFIXES.some((s) => h.endsWith(`.${s}`));
}
