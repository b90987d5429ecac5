/**
 * The one sanitizer profile for page-derived HTML: used when a clip is made, when an export file is imported,
 * and again before anything is rendered in an extension page. No scripts, handlers, forms, frames, styles,
 * top-layer overlays (dialog, popover), image maps, base, meta or tracking pixels (beacon.ts) survive; every link
 * and image is made absolute against the article's own address, and only http(s) (and mailto: for links) is kept,
 * so nothing can point at our own pages (popup.html, options.html) or resolve against the extension.
 */
import createDOMPurify from 'dompurify';
import { provenClean } from './clean-proof';
import { isBeacon } from './beacon';

const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'audio',
  'video',
  'source',
  'track',
  'template',
  // Top-layer and modal elements could draw above our own UI; image maps carry links of their own.
  'dialog',
  'map',
  'area',
  'portal',
  'fencedframe',
];
const FORBID_ATTR = [
  'style',
  'srcset',
  'srcdoc',
  'ping',
  'formaction',
  'background',
  'poster',
  'action',
  'xlink:href',
  'id',
  'name',
  'usemap',
  'popover',
  'popovertarget',
  'popovertargetaction',
  'commandfor',
  'command',
  'interestfor',
];

/** Attributes that hold an address, and the schemes each may keep. */
const URL_ATTRS: Record<string, RegExp> = {
  href: /^(https?|mailto):$/,
  src: /^https?:$/,
  cite: /^https?:$/,
  longdesc: /^https?:$/,
};

/** `value` made absolute against `base` (or already absolute), if its scheme is allowed; else null. */
export function safeUrl(value: string, allowed: RegExp, base?: string): string | null {
  const v = value.trim();
  if (!v) return null;
  let url: URL;
  try {
    // Without a base, relative and protocol-relative addresses would resolve against the extension: refused.
    url = base ? new URL(v, base) : new URL(v);
  } catch {
    return null;
  }
  return allowed.test(url.protocol) ? url.href : null;
}

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<Window, Purifier>();
/** The base address of the sanitize call in progress (sanitize is synchronous, so one at a time). */
let currentBase: string | undefined;

/** The profile, set once per purifier: passing it to every call re-parses it each time, about half of the cost. */
const PROFILE = {
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_TRUSTED_TYPE: false,
} as const;

function purifierFor(win: Window): Purifier {
  let p = purifiers.get(win);
  if (!p) {
    p = createDOMPurify(win as never);
    p.setConfig(PROFILE);
    // Before the profile strips `style`, which may be what sizes a tracking pixel to 1×1.
    p.addHook('uponSanitizeElement', (node) => {
      if (node.nodeName === 'IMG' && isBeacon(node as Element)) (node as Element).remove();
    });
    p.addHook('afterSanitizeAttributes', (node) => {
      for (const [attr, allowed] of Object.entries(URL_ATTRS)) {
        const raw = node.getAttribute(attr);
        if (raw === null) continue;
        const url = safeUrl(raw, allowed, currentBase);
        if (url) node.setAttribute(attr, url);
        else node.removeAttribute(attr);
      }
      if (node.nodeName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      // An image the page left without alt text: its caption if one follows, else marked decorative, so
      // screen readers do not read out the file name.
      if (node.nodeName === 'IMG' && !node.hasAttribute('alt')) {
        const caption = node.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? '';
        node.setAttribute('alt', caption.slice(0, 200));
      }
    });
    purifiers.set(win, p);
  }
  return p;
}

/**
 * Sanitized HTML string, safe to insert into an extension page. `baseUrl` is the article's own address:
 * relative links and images are resolved against it; without it they are dropped.
 */
export function sanitizeHtml(html: string, win: Window, baseUrl?: string): string {
  currentBase = baseUrl && /^https?:/i.test(baseUrl) ? baseUrl : undefined;
  try {
    return purifierFor(win).sanitize(html) as string;
  } finally {
    currentBase = undefined;
  }
}

/**
 * sanitizeHtml for HTML this profile likely produced before (an import file's articles): the string itself when
 * clean-proof.ts proves sanitizing would return it unchanged, else sanitizeHtml's result. Same answer, faster.
 */
export function sanitizeKnownHtml(html: string, win: Window, baseUrl?: string): string {
  const base = baseUrl && /^https?:/i.test(baseUrl) ? baseUrl : undefined;
  return provenClean(html, win, base) ? html : sanitizeHtml(html, win, baseUrl);
}
