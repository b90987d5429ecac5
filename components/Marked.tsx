import { markedPieces, type MarkRange } from '../utils/collection/search-marks';

export type MarkedProps = {
  /** The text to show. */
  text: string;
  /** Where a search matched it (searchMarker), in order and apart; none shows the text as it is. */
  ranges: readonly MarkRange[];
};

/** A text with its marks, as the list and the reader mark a search. */
export function Marked({ text, ranges }: MarkedProps) {
  return (
    <>
      {markedPieces(text, ranges).map((p, i) =>
        p.marked ? (
          <mark key={i} data-kind="search">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
