export type StatusLineProps = {
  /** The message to show; empty for none. */
  text: string;
  /** Whether it reports a failure (styled and announced as an alert). */
  error: boolean;
};

/** Where success and error messages appear; read out by screen readers as they change. */
export function StatusLine({ text, error }: StatusLineProps) {
  return (
    <p class={error ? 'status error' : 'status'} data-testid="status" role={error ? 'alert' : 'status'} aria-live="polite">
      {text}
    </p>
  );
}
