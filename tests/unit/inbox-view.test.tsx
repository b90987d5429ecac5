// Dismiss in New keeps keyboard focus in New (R4 #6): on the next item's Dismiss, else the previous one's, else on
// New's heading, never on the page's body (from where the popup's rescue sends it to the search or the library).
// And "Checked: N new items" leaves the status line once New is emptied.
import './dom-globals';
import './i18n-stub';
import { describe, expect, it } from 'vitest';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { InboxView } from '../../components/InboxView';
import type { StatusLineProps } from '../../components/StatusLine';
import { useCheckReport } from '../../hooks/use-check-report';
import type { InboxItem } from '../../utils/columns/follow-model';
import { allByTestId, mountEach } from './render-helpers';

const show = mountEach();
const A = 'http://news.r2test.edu.cn/a';
const B = 'http://news.r2test.edu.cn/b';
const item = (n: number, column: string): InboxItem => ({
  url: `http://news.r2test.edu.cn/info/${n}.htm`,
  title: `第${n}条`,
  publishedAt: null,
  column,
  foundAt: '2026-11-30T00:00:00.000Z',
});

/** New as the popup holds it: a dismissed item leaves when the store says so (here, at once). */
function Harness({ start }: { start: InboxItem[] }) {
  const [items, setItems] = useState(start);
  return (
    <InboxView
      items={items}
      follows={[]}
      checking={false}
      onCheckNow={() => {}}
      onClip={() => {}}
      onDismiss={(i) => setTimeout(() => setItems((all) => all.filter((x) => x !== i)))}
    />
  );
}

async function dismissFocused(root: HTMLElement, n: number): Promise<void> {
  const button = allByTestId(root, 'inbox-dismiss')[n]!;
  button.focus();
  await act(async () => {
    button.click();
    await new Promise((r) => setTimeout(r, 5));
  });
}
const focusedItem = () => document.activeElement?.closest('[data-testid="inbox-item"]')?.textContent ?? null;

describe('Dismiss in New', () => {
  it('moves focus to the next item (across columns), then the previous, then the heading', async () => {
    // Drawn grouped by column: 1 and 3 under A, then 2 under B.
    const root = show(<Harness start={[item(1, A), item(2, B), item(3, A)]} />);
    await dismissFocused(root, 0);
    expect(focusedItem()).toContain('第3条');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('inbox-dismiss');
    // The last one drawn: focus goes back to the one before it.
    const last = allByTestId(root, 'inbox-dismiss').indexOf(document.activeElement as HTMLElement);
    expect(last).toBe(1);
    await dismissFocused(root, last);
    expect(focusedItem()).toContain('第2条');
    await dismissFocused(root, 0);
    expect(document.activeElement).toBe(root.querySelector('#inbox-title'));
  });
});

describe("the status line's check report", () => {
  let api: {
    check: () => void;
    setCount: (n: number) => void;
    say: (s: StatusLineProps) => void;
    status: () => string;
  };
  function Popup({ found }: { found: number }) {
    const [status, setStatus] = useState<StatusLineProps>({ text: '', error: false });
    const [count, setCount] = useState(0);
    const check = useCheckReport(setStatus, count, async () => {
      setStatus({ text: `Checked: ${found} new items.`, error: false });
      setCount(found);
    });
    api = { check, setCount, say: setStatus, status: () => status.text };
    return <p>{status.text}</p>;
  }
  const run = (f: () => void) => act(async () => (f(), await new Promise((r) => setTimeout(r, 5))));

  it('is cleared once New is emptied, and only it', async () => {
    const root = show(<Popup found={2} />);
    await run(() => api.check());
    expect(root.textContent).toBe('Checked: 2 new items.');
    await run(() => api.setCount(1));
    expect(root.textContent).toBe('Checked: 2 new items.');
    await run(() => api.setCount(0));
    expect(root.textContent).toBe('');
    // Another message is not the check's: emptying New leaves it.
    await run(() => api.check());
    await run(() => api.say({ text: 'Saved: 第1条', error: false }));
    await run(() => api.setCount(0));
    expect(root.textContent).toBe('Saved: 第1条');
  });

  it('a check that found nothing keeps its report', async () => {
    const root = show(<Popup found={0} />);
    await run(() => api.check());
    expect(root.textContent).toBe('Checked: 0 new items.');
  });
});
