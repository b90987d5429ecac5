/**
 * The latest value in a ref: for a callback an effect or subscription calls later (onError, onStatus), so the call
 * reaches the current one without the effect restarting each time the caller passes a new function.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  // Updated as the render commits, before the effects declared after it run (they read it).
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
