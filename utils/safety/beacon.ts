/**
 * A tracking pixel: an image the page sized to at most one pixel (width or height attribute, or its inline style).
 * The reader loads a clip's images from the site whenever it is opened, so a kept pixel would tell the site each
 * time the clip is read (review 30 R7 #4); sanitize.ts drops it, and clean-proof.ts never proves one clean.
 */
const tiny = (v: string | null | undefined) => {
  const m = /^\s*(\d*\.?\d+)\s*(?:px)?\s*$/i.exec(v ?? '');
  return !!m && Number(m[1]) <= 1;
};

export function isBeacon(img: Element): boolean {
  const style = img.getAttribute('style') ?? '';
  const styled = (prop: string) => tiny(new RegExp(`(?:^|;)\\s*${prop}\\s*:([^;!]*)`, 'i').exec(style)?.[1]);
  return tiny(img.getAttribute('width')) || tiny(img.getAttribute('height')) || (styled('width') && styled('height'));
}
