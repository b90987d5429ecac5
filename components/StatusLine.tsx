export type StatusLineProps = {
  /** The message to show; empty for none. */
  text: string;
  /** Whether it reports a failure (styled and announced as an alert). */
  error: boolean;
  /**
   * An action offered with the message, e.g. Undo after a delete; `busy` while it runs: shown, so focus on it stays
   * put, but not pressable again.
   */
  action?: { label: string; testId: string; run: () => void; busy?: boolean };
};

/** Where success and error messages appear; read out by screen readers as they change. */
export function StatusLine({ text, error, action }: StatusLineProps) {
  return (
    <p
      class={error ? 'status error' : 'status'}
      data-testid="status"
      role={error ? 'alert' : 'status'}
      aria-live="polite"
    >
      {text}
      {action && (
        <button
          type="button"
          class="link-button"
          data-testid={action.testId}
          aria-disabled={action.busy ? 'true' : undefined}
          onClick={action.busy ? undefined : action.run}
        >
          {action.label}
        </button>
      )}
    </p>
  );
}
