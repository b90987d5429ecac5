/** Test helpers for components: render into jsdom, fire the events Preact listens to, wait for live queries. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

export function mount(ui: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  return root;
}

export function unmount(root: HTMLElement): void {
  act(() => render(null, root));
  root.remove();
}

/** A test file's `mount`: every root it mounts is unmounted after each test. */
export function mountEach(): (ui: ComponentChild) => HTMLElement {
  let roots: HTMLElement[] = [];
  afterEach(() => {
    roots.forEach(unmount);
    roots = [];
  });
  return (ui) => {
    const r = mount(ui);
    roots.push(r);
    return r;
  };
}

export const byTestId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const allByTestId = (root: ParentNode, id: string) => [
  ...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
];

/** Type into an input (or choose in a select) the way a user would: value, then the event. */
export function type(el: HTMLElement | null, value: string, event: 'input' | 'change' = 'input'): void {
  if (!el) throw new Error('no element to type into');
  act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

export function click(el: HTMLElement | null): void {
  if (!el) throw new Error('no element to click');
  act(() => el.click());
}

export function submit(form: HTMLElement | null): void {
  if (!form) throw new Error('no form');
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** Wait until `check` passes (live queries answer asynchronously); fails with its last error. */
export async function until(check: () => void, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await act(async () => {
        await new Promise((r) => setTimeout(r, 20));
      });
    }
  }
}
