// The popup's hint to pin the extension (hooks/use-pin-hint.ts): Chromium keeps a new extension's button in its
// Extensions menu, where the NEWS badge is never seen. Shown in the toolbar popup only, until pinned or closed.
import './dom-globals';
import './i18n-stub';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PinHint } from '../../components/PinHint';
import { usePinHint } from '../../hooks/use-pin-hint';
import { pinHintDismissed } from '../../utils/platform/settings';
import { byTestId, click, mountEach, until } from './render-helpers';

const mount = mountEach();
let onToolbar: boolean;
let inTab: boolean;
const action = fakeBrowser as unknown as { action?: Record<string, unknown> };
let saved: unknown;
let getCurrent: { mockRestore: () => void };
beforeEach(() => {
  fakeBrowser.reset();
  onToolbar = false;
  inTab = false;
  saved = action.action;
  action.action = { ...(action.action ?? {}), getUserSettings: async () => ({ isOnToolbar: onToolbar }) };
  getCurrent = vi
    .spyOn(fakeBrowser.tabs, 'getCurrent')
    .mockImplementation((async () => (inTab ? { id: 7, index: 0 } : undefined)) as never);
});
afterEach(() => {
  action.action = saved as Record<string, unknown>;
  getCurrent.mockRestore();
});

function Popup() {
  const pin = usePinHint();
  return <main>{pin.show ? <PinHint onDismiss={pin.dismiss} /> : <p data-testid="no-hint" />}</main>;
}
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the pin hint', () => {
  it('shows in the toolbar popup while the button is in the Extensions menu, and closing it is remembered', async () => {
    let root = mount(<Popup />);
    await until(() => expect(byTestId(root, 'pin-hint')).not.toBeNull());
    expect(byTestId(root, 'pin-hint')!.textContent).toContain('Pin this extension to the toolbar');
    click(byTestId(root, 'pin-hint-dismiss'));
    await until(() => expect(byTestId(root, 'no-hint')).not.toBeNull());
    expect(await pinHintDismissed.getValue()).toBe(true);
    root = mount(<Popup />);
    await settle();
    expect(byTestId(root, 'pin-hint')).toBeNull();
  });
  it('is not shown once the button is pinned, nor in a tab (Open in tab), nor where the browser has no such setting', async () => {
    onToolbar = true;
    let root = mount(<Popup />);
    await settle();
    expect(byTestId(root, 'pin-hint')).toBeNull();
    onToolbar = false;
    inTab = true;
    root = mount(<Popup />);
    await settle();
    expect(byTestId(root, 'pin-hint')).toBeNull();
    inTab = false;
    action.action = {};
    root = mount(<Popup />);
    await settle();
    expect(byTestId(root, 'pin-hint')).toBeNull();
  });
});
