/**
 * Functions injected into a page with scripting.executeScript({ func }): each must stand alone (no imports, no
 * outer variables), because only its source text reaches the page. They run in the extension's isolated world.
 */

/** The user's selection as HTML and text, or null when nothing is selected. */
export function selectionOfPage(): { html: string; text: string } | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
  const box = document.createElement('div');
  for (let i = 0; i < sel.rangeCount; i++) box.append(sel.getRangeAt(i).cloneContents());
  const text = sel.toString().trim();
  // Serialized from a detached element: nothing in it runs or loads; the extension sanitizes it before storing.
  return text ? { html: new XMLSerializer().serializeToString(box), text } : null;
}

/**
 * A small confirmation on the page after a clip from the menu or the shortcut: what was saved, with Undo and Open.
 * Shadow DOM keeps the page's styles out; role=status makes screen readers announce it; it leaves by itself.
 */
export function showClipToast(
  message: string,
  labels: { undo: string; open: string; close: string },
  articleId: string | null,
  messageType: string,
): void {
  document.getElementById('cnc-clip-toast')?.remove();
  const host = document.createElement('div');
  host.id = 'cnc-clip-toast';
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.style.cssText =
    'position:fixed;z-index:2147483647;right:16px;bottom:16px;max-width:360px;padding:10px 12px;border-radius:8px;' +
    'background:#1f2937;color:#fff;font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.3);display:flex;' +
    'gap:8px;align-items:center;flex-wrap:wrap';
  const text = document.createElement('span');
  text.textContent = message;
  text.style.flex = '1 1 200px';
  box.append(text);
  const button = (label: string, action: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.style.cssText =
      'font:inherit;color:#fff;background:#374151;border:1px solid #6b7280;border-radius:6px;padding:2px 8px;cursor:pointer';
    b.addEventListener('click', () => {
      // The injected copy cannot import wxt/browser: `chrome` is the extension API in both browsers' content scripts.
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome;
      if (action !== 'close') void api.runtime.sendMessage({ type: messageType, action, id: articleId });
      host.remove();
    });
    return b;
  };
  if (articleId) box.append(button(labels.undo, 'undo'), button(labels.open, 'open'));
  box.append(button(labels.close, 'close'));
  root.append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 10_000);
}
