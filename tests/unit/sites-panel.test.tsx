// The options page's Sites section: plain refusals without asking the browser, the permission asked for on Add,
// the list saved only when it is granted, and Remove giving the permission back.
import './dom-globals';
import './i18n-stub';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SitesPanel } from '../../components/SitesPanel';
import { extraSitesText } from '../../utils/platform/settings';
import { allByTestId, byTestId, click, mount, submit, type, unmount, until } from './render-helpers';

// Loaded here, so the panel's lazy imports of the academic list resolve at once.
import '../../utils/detection/academic-hosts';
import '../../utils/platform/detector-registration';

let root: HTMLElement;
let granted: Set<string>;
beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => {});
    vi.spyOn(event, 'removeListener').mockImplementation(() => {});
  }
  const origins = (p: { origins?: string[] }) => p.origins ?? [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins?: string[] }) =>
    origins(p).every((o) => granted.has(o))) as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async (p: { origins?: string[] }) => {
    origins(p).forEach((o) => granted.delete(o));
    return true;
  }) as never);
});
afterEach(() => {
  unmount(root);
  vi.clearAllMocks(); // call counts only: the i18n stub's spies stay
});

const add = (text: string) => {
  type(byTestId(root, 'site-input'), text);
  submit(root.querySelector('form'));
};
const statusText = () => byTestId(root, 'sites-status')?.textContent ?? '';

describe('SitesPanel', () => {
  it('refuses garbage, non-web addresses and built-in sites in plain words, without asking the browser', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    root = mount(<SitesPanel />);
    expect(byTestId(root, 'sites-built-in')?.textContent).toContain('.edu.cn');
    for (const [input, says] of [
      ['not a site', 'is not a site address'],
      ['ftp://files.example.org', 'only http and https'],
      ['news.xjtu.edu.cn', 'already covered'],
      ['', 'Type a site first'],
    ]) {
      add(input);
      await until(() => expect(statusText()).toContain(says));
    }
    expect(request).not.toHaveBeenCalled();
    expect(await extraSitesText.getValue()).toBe('');
  });

  it('asks for exactly that host; saves it once granted, refuses a second add, and Remove gives the permission back', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async (p: {
      origins: string[];
    }) => {
      p.origins.forEach((o) => granted.add(o));
      return true;
    }) as never);
    root = mount(<SitesPanel />);
    add('https://News.Example.org/2025/04/story.html');
    await until(() => expect(statusText()).toContain('Added news.example.org'));
    expect(request).toHaveBeenCalledWith({ origins: ['*://news.example.org/*'] });
    expect(await extraSitesText.getValue()).toBe('news.example.org');
    await until(() =>
      expect(allByTestId(root, 'extra-site').map((li) => li.dataset.host)).toEqual(['news.example.org']),
    );

    add('news.example.org');
    await until(() => expect(statusText()).toContain('already on your list'));
    expect(request).toHaveBeenCalledTimes(1);

    click(byTestId(root, 'remove-site'));
    await until(() => expect(statusText()).toContain('Removed news.example.org'));
    expect(granted.size).toBe(0);
    expect(await extraSitesText.getValue()).toBe('');
    await until(() => expect(allByTestId(root, 'extra-site')).toEqual([]));
  });

  it('a permission the user declines leaves the list as it was, and says so', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => false) as never);
    root = mount(<SitesPanel />);
    add('news.example.org');
    await until(() => expect(statusText()).toContain('news.example.org was not added'));
    expect(await extraSitesText.getValue()).toBe('');
    expect(allByTestId(root, 'extra-site')).toEqual([]);
  });
});
