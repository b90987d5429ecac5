/**
 * The person/program filter's field: the text being typed, the names it offers, and whether the filter in force is
 * a name.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { matchNames, nameKey, type NameMatches } from '../utils/collection/name-suggestions';

export function useNameField(names: readonly string[], current: string | null) {
  // What was typed since the filter last changed: the filter commits on change (Enter, a pick, leaving the field),
  // so a filter set elsewhere (Clear, a name picked in the reader) shows in the field rather than old typing.
  const [edit, setEdit] = useState<{ on: string | null; text: string } | null>(null);
  const typed = edit && edit.on === current ? edit.text : (current ?? '');
  // Forgotten once the filter changes, so that one set back to an earlier value (Clear) does not bring it back.
  useEffect(() => setEdit(null), [current]);
  // Folded once per name list (a card set), not per keystroke.
  const keys = useMemo(() => names.map(nameKey), [names]);
  const offered = useMemo(() => matchNames(names, keys, typed).offered, [names, keys, typed]);
  // The filter in force, when it is no name: what to tell the user (else the list says 0 with no reason).
  const unknown = useMemo<NameMatches | null>(() => {
    const m = current ? matchNames(names, keys, current) : null;
    return m && !m.exact ? m : null;
  }, [names, keys, current]);
  return { typed, type: (text: string) => setEdit({ on: current, text }), offered, unknown };
}
