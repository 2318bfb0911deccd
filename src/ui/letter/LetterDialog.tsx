// The letter behind a decision: its whole kept text in a modal dialog,
// scrolled to the decision, whose item line and rationale are marked, with the
// search box's words marked wherever they occur. Previous and next step
// through the letter's decisions; Escape closes it and focus goes back to
// what opened it. Letter text is rendered as React text only, never as HTML.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LetterTextResult } from '../../app/letter-library';
import { citationLine } from '../../derive/citation-line';
import { findPassages, type DecisionPassages } from '../../derive/letter-passages';
import type { DecisionRow } from '../../derive/rows';
import { locatePhrases, markLetter } from '../../derive/text-marks';
import { reasonPhrases } from '../../app/reason-phrases';
import { errorMessage } from '../../domain/error-message';
import { OutcomeBadge } from '../table/OutcomeBadge';
import { MarkedText } from '../shared/MarkedText';
import { useLetterTexts } from './letter-texts';
import './letter-dialog.css';
import { useRationales } from '../shared/rationales';

export interface LetterDialogProps {
  /** The decision the letter was opened at. */
  row: DecisionRow;
  /** The search box's text: its words are marked in the letter. */
  search: string;
  onClose: () => void;
}

type Loaded = LetterTextResult | { kind: 'loading' };

const NOT_FOUND: DecisionPassages = { item: null, rationale: null };

export function LetterDialog({ row, search, onClose }: LetterDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const { letter } = row;
  const [index, setIndex] = useState(row.item_index);
  const decision = letter.decisions[index - 1] ?? row.decision;
  const current: DecisionRow = { id: `${letter.letter_id}:${index}`, item_index: index, letter, decision };
  const loaded = useLetterText(letter.letter_id);
  const text = loaded.kind === 'text' ? loaded.text : null;
  // Rationales still being read after a reload are set on these same decisions later: until
  // then only the items are looked for, and everything is looked for again once they are in.
  const rationalesPending = useRationales().pending;
  const passages = useMemo(() => {
    if (text === null) return [];
    return findPassages(text, rationalesPending ? letter.decisions.map(({ item }) => ({ item, rationale: '' })) : letter.decisions);
  }, [text, letter.decisions, rationalesPending]);
  const passage = passages[index - 1] ?? NOT_FOUND;
  const pieces = useMemo(() => {
    if (text === null) return [];
    // The reasons' phrases, found where the rationale stands in the letter.
    const phrases = reasonPhrases(decision).map((span) => ({ tag: span.tag, phrase: decision.rationale.slice(span.start, span.end) }));
    return markLetter(text, passage, search, locatePhrases(text, passage.rationale, phrases));
  }, [text, passage, search, decision]);
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  // The open decision's first mark is brought to the top of the view, each time it changes.
  useLayoutEffect(() => {
    const mark = body.current?.querySelector('[data-passage]');
    if (mark instanceof HTMLElement) mark.scrollIntoView({ block: 'start' });
    else body.current?.scrollTo({ top: 0 });
  }, [pieces]);

  const copy = async () => {
    const line = citationLine(current);
    try {
      await navigator.clipboard.writeText(line);
      setCopied(`Copied: ${line}`);
    } catch (error) {
      setCopied(`Could not copy: ${errorMessage(error, 'the browser did not allow it')}`);
    }
  };
  const count = letter.decisions.length;
  const found = passage.item !== null || passage.rationale !== null;

  return (
    <dialog ref={dialog} className="dialog letter-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="lv-header">
        <h2 id={titleId} className="lv-title">
          Letter {letter.case_number ?? letter.file}
        </h2>
        <p className="lv-decision">
          <span>
            Decision {index} of {count}: {decision.item}
          </span>{' '}
          <OutcomeBadge outcome={decision.outcome} />
        </p>
        <div className="lv-actions">
          <button type="button" className="button" disabled={index <= 1} onClick={() => setIndex(index - 1)}>
            Previous decision
          </button>
          <button type="button" className="button" disabled={index >= count} onClick={() => setIndex(index + 1)}>
            Next decision
          </button>
          <button type="button" className="button" onClick={() => void copy()}>
            Copy citation
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p className="lv-status" role="status">
          {copied ?? ''}
        </p>
      </header>
      <div ref={body} className="lv-body" tabIndex={0} aria-label="Letter text">
        {loaded.kind === 'loading' ? (
          <p className="lv-note">Reading the letter…</p>
        ) : loaded.kind === 'missing' ? (
          <p className="lv-note">
            The text of this letter was not kept: it was added before this dashboard kept letter texts, or from an export
            without them. Add its file again to keep its text.
          </p>
        ) : loaded.kind === 'failed' ? (
          <p className="lv-note" role="alert">
            The letter’s text could not be read from this browser’s storage: {loaded.message}.
          </p>
        ) : (
          <>
            {found ? null : <p className="lv-note">This decision’s passage could not be found in the letter’s text.</p>}
            <div className="lv-text">
              {pieces.map((piece, i) =>
                piece.passage === null ? (
                  <MarkedText key={i} runs={piece.runs} />
                ) : (
                  <mark key={i} className={`lv-passage lv-${piece.passage}`} data-passage={piece.passage}>
                    <MarkedText runs={piece.runs} />
                  </mark>
                ),
              )}
            </div>
          </>
        )}
      </div>
    </dialog>
  );
}

function useLetterText(letterId: string): Loaded {
  const texts = useLetterTexts();
  const [loaded, setLoaded] = useState<{ id: string; result: LetterTextResult } | null>(null);
  useEffect(() => {
    let current = true;
    texts.one(letterId).then(
      (result) => current && setLoaded({ id: letterId, result }),
      (error: unknown) => current && setLoaded({ id: letterId, result: { kind: 'failed', message: errorMessage(error) } }),
    );
    return () => {
      current = false;
    };
  }, [texts, letterId]);
  return loaded?.id === letterId ? loaded.result : { kind: 'loading' };
}
