import { describe, expect, it } from 'vitest';
import {
  academicDomains,
  academicMatches,
  isAcademicHost,
  listedOutsideSuffixes,
} from '../../utils/detection/academic-hosts';
import { isUniversityHost } from '../../utils/detection/university-hosts';

describe('academic hosts', () => {
  it.each([
    ['news.xjtu.edu.cn', true], // static suffix
    ['www.uni-heidelberg.de', true], // list: Germany
    ['ethz.ch', true], // list: the domain itself
    ['www.lib.uoguelph.ca', true], // list: Canada, a subdomain
    ['leshumas.insa-lyon.fr', true], // list: France
    ['www.univ.ac.at', true], // academic second-level suffix from academic-tld
    ['www.example.com', false],
    ['heidelberg.de', false], // a city, not the university
    ['uni-heidelberg.de.evil.com', false], // the list's domain must end the host
    ['notuni-heidelberg.de', false],
  ])('%s → %s', (host, want) => expect(isAcademicHost(host)).toBe(want));

  it('the list adds universities the suffixes miss, and no suffix-covered domain', () => {
    expect(isUniversityHost('www.uni-heidelberg.de')).toBe(false);
    expect(academicDomains().size).toBeGreaterThan(10_000);
    expect([...academicDomains()].some((d) => d.endsWith('.edu') || d.endsWith('.ac.uk'))).toBe(false);
  });

  it('match patterns cover each listed domain and its subdomains', () =>
    expect(academicMatches()).toContain('*://*.uni-heidelberg.de/*'));
});

describe('where the popup offers the opt-in to every listed university', () => {
  it('offers it on a listed university outside the suffixes, nowhere else', () => {
    expect(listedOutsideSuffixes('https://www.uni-heidelberg.de/de/newsroom/x')).toBe(true);
    expect(listedOutsideSuffixes('https://ethz.ch/en/news-and-events/eth-news/news/2024/05/a.html')).toBe(true);
    // Already covered by the built-in suffixes: nothing to ask.
    expect(listedOutsideSuffixes('https://news.mit.edu/2024/story')).toBe(false);
    expect(listedOutsideSuffixes('http://news.xjtu.edu.cn/info/1033/1.htm')).toBe(false);
    // Not a university, not a web page, no page at all.
    expect(listedOutsideSuffixes('https://example.com/a')).toBe(false);
    expect(listedOutsideSuffixes('chrome://extensions/')).toBe(false);
    expect(listedOutsideSuffixes('not a url')).toBe(false);
    expect(listedOutsideSuffixes(null)).toBe(false);
  });
});
