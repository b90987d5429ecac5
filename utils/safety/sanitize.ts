/**
 * The one sanitizer for page-derived HTML, used when a clip is made and again before anything is
 * rendered in an extension page: no scripts, handlers, forms, frames, styles or script URLs survive.
 */
import createDOMPurify from 'dompurify';

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
];

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<Window, Purifier>();

function purifierFor(win: Window): Purifier {
  let p = purifiers.get(win);
  if (!p) {
    p = createDOMPurify(win as never);
    p.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      // Only http(s) images load; data: and other schemes could smuggle content or trackers of odd kinds.
      if (node.nodeName === 'IMG' && !/^https?:/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
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

/** Sanitized HTML string, safe to insert into an extension page. */
export function sanitizeHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_TRUSTED_TYPE: false,
  }) as string;
}
