// What an expanded row shows: the rationale, the guideline relied on and the
// letter's details. Letter text is rendered only as React text, never as HTML.
import type { ReactNode } from 'react';
import { reasonPhrases } from '../../app/reason-phrases';
import { citationText } from '../../derive/citation-text';
import { categoryName, listText, SERIES_SEPARATOR, sexWord, yesNo } from '../../derive/display-words';
import type { DecisionRow } from '../../derive/rows';
import { markTerms } from '../../derive/text-marks';
import { MarkedText } from '../shared/MarkedText';
import { useRationales } from '../shared/rationales';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="dv-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '—' : String(value);
const list = (values: readonly string[], separator?: string): string => listText(values, separator) ?? '—';
const citations = (cited: DecisionRow['decision']['guideline']['citations']): ReactNode =>
  cited.length === 0 ? (
    '—'
  ) : (
    <ul className="dv-citations">
      {cited.map((c, i) => (
        <li key={i}>{citationText(c)}</li>
      ))}
    </ul>
  );

export interface RowDetailsProps {
  row: DecisionRow;
  id: string;
  /** The search box's text: its words are marked in the rationale. */
  search: string;
  onViewLetter: (row: DecisionRow, from: HTMLElement | null) => void;
}

export function RowDetails({ row, id, search, onViewLetter }: RowDetailsProps) {
  const { letter, decision } = row;
  // Read after a reload's table shows; this re-renders when they are in.
  const rationales = useRationales();
  const { guideline } = decision;
  return (
    <div className="dv-details" id={id} role="group" aria-label={`Details: ${decision.item}`}>
      <section className="dv-details-rationale">
        <div className="dv-details-heading">
          <h3>Decision rationale</h3>
          <button type="button" className="button" onClick={(event) => onViewLetter(row, event.currentTarget)}>
            View letter
          </button>
        </div>
        <p className="dv-rationale">
          {decision.rationale === '' ? (
            rationales.pending ? (
              'Reading the rationale…'
            ) : rationales.failed ? (
              'The rationale could not be read from this browser’s storage.'
            ) : (
              'No rationale was found in the letter.'
            )
          ) : (
            <MarkedText runs={markTerms(decision.rationale, search, reasonPhrases(decision))} />
          )}
        </p>
        <p className="dv-reasons">
          <span className="dv-reasons-label">Reasons given: </span>
          {decision.reasons.length === 0 ? 'none read from the rationale' : list(decision.reasons)}
          {decision.reasons.length > 0 && decision.rationale !== '' ? (
            <span className="dv-reasons-hint"> (the phrases they were read from are underlined)</span>
          ) : null}
        </p>
      </section>
      {decision.original_request !== null ? (
        <section className="dv-details-modified">
          <h3>Modified by utilization review</h3>
          <dl>
            <Field label="Original request">{decision.original_request}</Field>
            <Field label="Authorized">{text(decision.authorized)}</Field>
            <Field label="Decided by IMR">{decision.item}</Field>
          </dl>
        </section>
      ) : null}
      <section>
        <h3>Guideline</h3>
        <dl>
          <Field label="Source">{text(guideline.source)}</Field>
          <Field label="Sections">{list(guideline.sections)}</Field>
          <Field label="Pages">{text(guideline.pages)}</Field>
          <Field label="Documents cited">{citations(guideline.citations)}</Field>
          <Field label="Claims administrator guideline">{text(decision.claims_admin_guideline.source)}</Field>
          <Field label="Claims administrator cited">{citations(decision.claims_admin_guideline.citations)}</Field>
        </dl>
      </section>
      <section>
        <h3>Treatment</h3>
        <dl>
          <Field label="Item">{decision.item}</Field>
          <Field label="Item number">{`${row.item_index} of ${letter.decisions.length}`}</Field>
          <Field label="Category">{`${categoryName(decision.category)}${decision.subcategory === null ? '' : ` · ${decision.subcategory}`}`}</Field>
          <Field label="Retrospective">{yesNo(decision.retrospective)}</Field>
          <Field label="Brand">{text(decision.brand)}</Field>
          <Field label="Strength">{text(decision.strength)}</Field>
          <Field label="Release">{text(decision.release)}</Field>
          <Field label="Quantity">{text(decision.quantity)}</Field>
          <Field label="Days supply">{text(decision.days_supply)}</Field>
          <Field label="MED mg/day">{text(decision.med_mg_per_day)}</Field>
        </dl>
      </section>
      <section>
        <h3>Letter</h3>
        <dl>
          <Field label="File">{letter.file}</Field>
          <Field label="Letter id">{letter.letter_id}</Field>
          <Field label="Layout">{letter.layout}</Field>
          <Field label="Case number">{text(letter.case_number)}</Field>
          <Field label="Decision date">{text(letter.decision_date)}</Field>
          <Field label="Priority">{text(letter.priority)}</Field>
          <Field label="UR denial date">{text(letter.ur_denial_date)}</Field>
          <Field label="Application received">{text(letter.application_received)}</Field>
          <Field label="Date assigned">{text(letter.date_assigned)}</Field>
          <Field label="Date of injury">{text(letter.date_of_injury)}</Field>
          <Field label="Reviewer specialties">{list(letter.reviewer.specialties)}</Field>
          <Field label="Reviewer subspecialties">{list(letter.reviewer.subspecialties)}</Field>
          <Field label="License states">{list(letter.reviewer.license_states, SERIES_SEPARATOR)}</Field>
          <Field label="Patient">
            {`${letter.patient.age === null ? 'age not stated' : `${letter.patient.age} years`}, ${
              sexWord(letter.patient.sex) ?? 'sex not stated'
            }`}
          </Field>
        </dl>
      </section>
    </div>
  );
}
