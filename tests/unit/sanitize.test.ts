// The sanitizer alone against every hostile payload (Readability removes some before it; this checks the last line).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeKnownHtml } from '../../utils/safety/sanitize';
import { PAYLOADS } from '../fixtures/xss-payloads.mjs';

const win = new JSDOM('').window as unknown as Window;

describe('sanitizeHtml', () => {
  it.each(PAYLOADS.map((p, i) => [i + 1, p] as const))(
    'payload %i leaves nothing that runs or loads',
    (_i, payload) => {
      const out = sanitizeHtml(String(payload), win);
      const doc = new JSDOM(`<body>${out}</body>`).window.document;
      expect(
        doc.querySelectorAll(
          'script, iframe, object, embed, form, input, button, style, link, meta, base, svg, math, video, audio, template, noscript',
        ),
      ).toHaveLength(0);
      for (const el of doc.querySelectorAll('*')) {
        for (const a of el.attributes) {
          expect(a.name).not.toMatch(/^on|^style$|^srcset$|^srcdoc$|^ping$|^background$|^formaction$|^name$|^id$/i);
          if (/^(href|src)$/i.test(a.name)) expect(a.value).toMatch(/^(https?:|mailto:|#|$)/i);
        }
      }
      expect(out).not.toMatch(/evil\.example\/xss/);
    },
  );

  it('keeps ordinary article markup and makes links open safely', () => {
    const out = sanitizeHtml(
      '<p>文字 <strong>加粗</strong> <a href="http://news.xjtu.edu.cn/a">链接</a></p><img src="http://news.xjtu.edu.cn/p.jpg" alt="图">',
      win,
    );
    expect(out).toBe(
      '<p>文字 <strong>加粗</strong> <a href="http://news.xjtu.edu.cn/a" target="_blank" rel="noopener noreferrer">链接</a></p><img src="http://news.xjtu.edu.cn/p.jpg" alt="图">',
    );
  });

  // Review 30 R7 #4: the reader loads a clip's images from the site each time it is opened; a pixel would report it.
  it.each([
    '<img src="http://news.hostile7.edu.cn/track.gif?uid=READER-PIXEL" width="1" height="1">',
    '<img src="http://stat.example.edu/b.gif" width="0" height="0" alt="">',
    '<img src="http://stat.example.edu/b.gif" height="1px">',
    '<img src="http://stat.example.edu/b.gif" style="width: 1px; height:1px; border:0">',
    '<img src="/count.gif?id=7001" width="1" alt="">',
  ])('drops the tracking pixel %s, when clipped and when imported', (pixel) => {
    const html = `<p>正文</p>${pixel}<img src="http://news.example.edu/photo.jpg" width="600" height="1" alt="照片">`;
    for (const clean of [sanitizeHtml, sanitizeKnownHtml])
      expect(clean(html, win, 'http://news.example.edu/info/1033/7001.htm')).toBe('<p>正文</p>');
  });
  it('keeps images of any other size, with or without one', () => {
    const html =
      '<img src="http://news.example.edu/a.jpg" width="600" height="400" alt="a">' +
      '<img src="http://news.example.edu/b.jpg" width="100%" alt="b">' +
      '<img src="http://news.example.edu/c.jpg" style="width:1px" alt="c"><img src="http://news.example.edu/d.jpg" alt="d">';
    const out = sanitizeHtml(html, win);
    expect(new JSDOM(out).window.document.querySelectorAll('img')).toHaveLength(4);
    expect(sanitizeKnownHtml(out, win)).toBe(out);
  });

  it('gives images without alt text their caption, or marks them decorative', () => {
    const out = sanitizeHtml(
      '<figure><img src="http://a.edu/1.jpg"><figcaption>启动仪式现场</figcaption></figure><p><img src="http://a.edu/2.jpg"></p>',
      win,
    );
    expect(out).toBe(
      '<figure><img src="http://a.edu/1.jpg" alt="启动仪式现场"><figcaption>启动仪式现场</figcaption></figure><p><img src="http://a.edu/2.jpg" alt=""></p>',
    );
  });
});

describe('sanitizeHtml with the article address (round two)', () => {
  const BASE = 'http://news.hostile.edu.cn/info/1/1.htm';
  const clean = (html: string, base?: string) => new JSDOM(`<body>${sanitizeHtml(html, win, base)}</body>`).window;

  it.each(PAYLOADS.map((p, i) => [i + 1, p] as const))(
    'payload %i: no overlay, map or extension address survives, with or without a base',
    (_i, payload) => {
      for (const base of [BASE, undefined]) {
        const doc = clean(String(payload), base).document;
        expect(doc.querySelectorAll('dialog, map, area, [popover], [usemap], [popovertarget]')).toHaveLength(0);
        for (const el of doc.querySelectorAll('[href], [src], [cite]'))
          for (const name of ['href', 'src', 'cite'])
            if (el.hasAttribute(name)) expect(el.getAttribute(name)).toMatch(/^(https?:\/\/|mailto:)/);
      }
    },
  );

  it('makes links and images absolute against the article, keeping only http(s) and mailto', () => {
    const doc = clean(
      '<a href="popup.html?layout=tab&amp;tabId=1">a</a><a href="/options.html">b</a><a href="//x.edu.cn/c">c</a>' +
        '<a href="mailto:office@x.edu.cn">d</a><a href="chrome-extension://abc/popup.html">e</a><img src="p/1.jpg" alt="">',
      BASE,
    ).document;
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'http://news.hostile.edu.cn/info/1/popup.html?layout=tab&tabId=1',
      'http://news.hostile.edu.cn/options.html',
      'http://x.edu.cn/c',
      'mailto:office@x.edu.cn',
      null,
    ]);
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('http://news.hostile.edu.cn/info/1/p/1.jpg');
  });

  it('drops relative and protocol-relative addresses when there is no base to resolve them', () => {
    const doc = clean('<a href="popup.html">a</a><a href="//evil.example/x">b</a><img src="/i.png" alt="">').document;
    expect(doc.querySelectorAll('[href], [src]')).toHaveLength(0);
    expect(doc.body.textContent).toBe('ab');
  });

  it('keeps the text of dialogs, popovers and maps, without the elements', () => {
    const doc = clean('<dialog open>对话</dialog><div popover>浮层</div>', BASE).document;
    expect(doc.body.innerHTML).toBe('对话<div>浮层</div>');
  });
});
