// Extra sites: what the user types becomes a host, or a plain reason it cannot.
import { describe, expect, it } from 'vitest';
import { parseSite, readSites, siteMatch, writeSites } from '../../utils/sites/extra-sites';

describe('parseSite', () => {
  it.each([
    ['example.org', 'example.org'],
    ['  News.Example.ORG  ', 'news.example.org'],
    ['https://news.example.org/2025/04/story.html?x=1#top', 'news.example.org'],
    ['http://news.example.org:8080/', 'news.example.org'],
    ['news.example.org:8080', 'news.example.org'],
    ['example.org.', 'example.org'],
    ['http://192.168.1.20/news', '192.168.1.20'],
    ['北京大学.中国' /* punycode, as the browser matches it */, 'xn--1lq90ic7fzpc.xn--fiqs8s'],
  ])('%s → %s', (input, host) => expect(parseSite(input, [])).toEqual({ ok: true, host }));

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://files.example.org/', 'not-http'],
    ['javascript:alert(1)', 'not-http'],
    ['mailto:news@example.org', 'not-http'],
    ['file:///etc/passwd', 'not-http'],
    ['chrome://extensions', 'not-http'],
    ['not a site', 'invalid'],
    ['localhost', 'invalid'],
    ['example', 'invalid'],
    ['-bad-.example.org', 'invalid'],
    ['999.1.1.1', 'invalid'],
    ['http://', 'invalid'],
    ['news.xjtu.edu.cn', 'built-in'],
    ['https://www.stanford.edu/news/', 'built-in'],
  ])('%j is refused: %s', (input, reason) => expect(parseSite(input, [])).toEqual({ ok: false, reason }));

  it('refuses a site already on the list, however it is typed', () => {
    expect(parseSite('https://Example.org/page', ['example.org'])).toEqual({ ok: false, reason: 'already-added' });
  });

  it('refuses a site the academic-domain list covers, when the caller says it is on', () => {
    const covered = (h: string) => h.endsWith('uni-heidelberg.de');
    expect(parseSite('www.uni-heidelberg.de', [], covered)).toEqual({ ok: false, reason: 'built-in' });
    expect(parseSite('www.uni-heidelberg.de', [])).toEqual({ ok: true, host: 'www.uni-heidelberg.de' });
  });
});

describe('the stored list', () => {
  it('round-trips, dropping blank lines and repeats', () => {
    expect(readSites(writeSites(['a.example.org', 'b.example.org']))).toEqual(['a.example.org', 'b.example.org']);
    expect(readSites('\n a.example.org \n\na.example.org\nb.example.org\n')).toEqual([
      'a.example.org',
      'b.example.org',
    ]);
    expect(readSites('')).toEqual([]);
  });

  it('asks for that host only, on http and https', () => {
    expect(siteMatch('news.example.org')).toBe('*://news.example.org/*');
  });
});
