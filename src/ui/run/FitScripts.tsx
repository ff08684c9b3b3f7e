import { splitRows } from '../../engine';
import { useEffect, useId, useRef, useState } from 'react';
import type { ScriptKind } from '../../data/fitScripts';
import { fitScript, SCRIPT_TITLES, scriptFileName } from '../../data/fitScripts';
import type { ModelSummary } from '../../engine';
import type { RunInfo } from '../../worker/protocol';
import type { PreparedRun } from '../../worker/run';
import { downloadText } from '../io/download';

const KINDS: readonly ScriptKind[] = ['r', 'statsmodels', 'sklearn'];

/** The coefficients the summary shows, in raw units, or null where it shows none. */
function shownCoefficients(summary: ModelSummary): Float64Array | null {
  if (summary.status === 'mle') return Float64Array.from(summary.coefficients, (c) => c.estimate);
  if (summary.status === 'penalized') return summary.estimates;
  return null;
}

function sourceName(info: RunInfo): string {
  const data = info.source.data;
  const name = data.kind === 'preset' ? `the "${data.preset}" preset` : `"${data.name}"`;
  return info.heldOutCount > 0
    ? `${name}, its ${info.trainingCount} training points (${info.heldOutCount} held out)`
    : name;
}

type Outcome =
  { kind: ScriptKind; copied: true } | { kind: ScriptKind; copied: false; text: string };

/**
 * "Fit this in R / Python": copies a script that fits the page's model to its data (embedded) in
 * R or Python. Where the clipboard is missing or refused, the script is shown selected, to copy by
 * hand, with a download.
 */
export function FitScripts({ info, prepared }: { info: RunInfo; prepared: PreparedRun }) {
  const [kind, setKind] = useState<ScriptKind>('r');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const selectId = useId();
  const field = useRef<HTMLTextAreaElement>(null);

  const script = (which: ScriptKind) =>
    fitScript(which, {
      // The training points: the fit (and the coefficients printed) is theirs alone.
      data: prepared.heldOut ? splitRows(prepared.data, prepared.heldOut, 0) : prepared.data,
      features: info.source.features,
      regularization: info.analysis.objective.regularization,
      loss: info.analysis.objective.loss,
      parameterNames: info.parameterNames,
      coefficients: shownCoefficients(info.analysis.summary),
      source: sourceName(info),
    });

  const copy = async () => {
    const text = script(kind);
    try {
      // Typed as always present, but absent outside secure contexts.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setOutcome({ kind, copied: true });
    } catch {
      setOutcome({ kind, copied: false, text });
    }
  };

  const fallback = outcome && !outcome.copied ? outcome.text : null;
  useEffect(() => {
    if (fallback !== null) {
      field.current?.focus();
      field.current?.select();
    }
  }, [fallback]);

  return (
    <div className="fit-scripts" role="group" aria-label="Fit this in R / Python">
      <span className="fit-scripts-title">Fit this in R / Python</span>
      <div className="fit-scripts-row">
        <label htmlFor={selectId} className="visually-hidden">
          Language
        </label>
        <select
          id={selectId}
          className="select"
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as ScriptKind);
            setOutcome(null);
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {SCRIPT_TITLES[k]}
            </option>
          ))}
        </select>
        <button type="button" className="button button-small" onClick={() => void copy()}>
          Copy script
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            downloadText(scriptFileName(kind), script(kind), 'text/plain;charset=utf-8')
          }
        >
          Download
        </button>
      </div>
      <p className="model-summary-note" role="status">
        {outcome?.copied
          ? `${SCRIPT_TITLES[outcome.kind]} script copied: paste it into ${outcome.kind === 'r' ? 'R' : 'Python'}. It prints the coefficients the page shows (they are in its first lines).`
          : 'The script embeds the data and the page’s coefficients, and fits the same model in raw units. scikit-learn penalizes by default (C = 1), so the script turns that off, or sets C = 1/(λN) for the page’s L2.'}
      </p>
      {fallback !== null && (
        <div className="fit-scripts-fallback">
          <p className="model-summary-note">
            This browser did not allow copying to the clipboard. The script is selected: copy it
            with Ctrl+C (⌘C on a Mac), or download it.
          </p>
          <textarea
            ref={field}
            className="fit-scripts-text"
            readOnly
            rows={8}
            value={fallback}
            aria-label={`${SCRIPT_TITLES[outcome!.kind]} script`}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
