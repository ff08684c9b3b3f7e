import { useMemo } from 'react';
import type { ModelSummary as Summary } from '../../engine';
import { printSummary, termName } from '../../data/summaryExport';
import { SIGNIFICANCE_LEGEND } from '../../data/rFormat';
import type { RunInfo } from '../../worker/protocol';
import type { PreparedRun } from '../../worker/run';
import { FitScripts } from './FitScripts';
import './modelSummary.css';

interface ModelSummaryProps {
  /** The run as the worker accepted it, with its analysis (where the summary is computed). */
  info: RunInfo | null;
  /** The page's copy of the run's data, embedded in the scripts. */
  prepared: PreparedRun | null;
}

/** R's ASCII minus signs as real ones (what screen readers read as "minus"). */
const minus = (text: string) => text.replace(/-/g, '\u2212');

function CoefficientTable({
  summary,
  names,
}: {
  summary: Extract<Summary, { status: 'mle' }>;
  names: readonly string[];
}) {
  const printed = useMemo(() => printSummary(summary, names), [summary, names]);
  return (
    <>
      <table className="model-summary-table" aria-label="Coefficients">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">term</span>
            </th>
            <th scope="col">Estimate</th>
            <th scope="col">Std. Error</th>
            <th scope="col">z value</th>
            <th scope="col">Pr(&gt;|z|)</th>
            {printed.stars && (
              <th scope="col">
                <span className="visually-hidden">significance</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {printed.coefficients.map((row) => (
            <tr key={row.term}>
              <th scope="row">{row.term}</th>
              <td className="number">{minus(row.estimate)}</td>
              <td className="number">{minus(row.standardError)}</td>
              <td className="number">{minus(row.z)}</td>
              <td className="number">{minus(row.p)}</td>
              {printed.stars && <td className="model-summary-stars">{row.stars}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {printed.stars && (
        <p className="model-summary-legend">Signif. codes: {SIGNIFICANCE_LEGEND}</p>
      )}
      <dl className="model-summary-fit">
        <div>
          <dt>Null deviance:</dt>
          <dd>
            {printed.nullDeviance} on {printed.nullDf} degrees of freedom
          </dd>
        </div>
        <div>
          <dt>Residual deviance:</dt>
          <dd>
            {printed.residualDeviance} on {printed.residualDf} degrees of freedom
          </dd>
        </div>
        <div>
          <dt>AIC:</dt>
          <dd>{printed.aic}</dd>
        </div>
        <div>
          <dt>Log-likelihood:</dt>
          <dd>
            {minus(printed.logLikelihood)} (df = {summary.parameters})
          </dd>
        </div>
        <div>
          <dt>Number of Fisher Scoring iterations:</dt>
          <dd>
            {printed.iterations}
            {summary.fisherScoring && !summary.fisherScoring.converged && ' (R: did not converge)'}
          </dd>
        </div>
      </dl>
      <table className="model-summary-table" aria-label="Wald intervals and odds ratios">
        <caption>95% Wald intervals and odds ratios e^w</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">term</span>
            </th>
            <th scope="col">2.5 %</th>
            <th scope="col">97.5 %</th>
            <th scope="col">OR</th>
            <th scope="col">OR 2.5 %</th>
            <th scope="col">OR 97.5 %</th>
          </tr>
        </thead>
        <tbody>
          {printed.intervals.map((row, k) => (
            <tr key={row.term}>
              <th scope="row">{row.term}</th>
              <td className="number">{minus(row.lower)}</td>
              <td className="number">{minus(row.upper)}</td>
              <td className="number">{printed.oddsRatios[k].or}</td>
              <td className="number">{printed.oddsRatios[k].lower}</td>
              <td className="number">{printed.oddsRatios[k].upper}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="model-summary-note">
        Printed as R prints them: <code>summary(fit)</code> for the table and the deviances (4
        significant digits for the estimates, 3 for p-values, &lt;2e-16 below the machine epsilon),{' '}
        <code>confint.default(fit)</code> for the Wald intervals (R’s <code>confint(fit)</code>{' '}
        gives profile-likelihood ones, which differ) and{' '}
        <code>exp(cbind(OR = coef(fit), confint.default(fit)))</code> for the odds ratios, with
        <code> fit &lt;- glm(y ~ …, family = binomial)</code>. Standard errors come from (X̃ᵀSX̃)⁻¹,
        the inverse of N·H at the optimum, in raw units. The Fisher scoring count is R’s (from R’s
        start), not the page’s Newton steps.
      </p>
    </>
  );
}

function PenalizedEstimates({
  summary,
  names,
}: {
  summary: Extract<Summary, { status: 'penalized' }>;
  names: readonly string[];
}) {
  return (
    <>
      <p className="model-summary-message">{summary.message}</p>
      {summary.estimates && (
        <table className="model-summary-table" aria-label="Penalized estimates">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">term</span>
              </th>
              <th scope="col">Estimate</th>
            </tr>
          </thead>
          <tbody>
            {Array.from(summary.estimates, (estimate, k) => (
              <tr key={k}>
                <th scope="row">{termName(names[k] ?? `x${k}`, k)}</th>
                <td className="number">{minus(String(Number(estimate.toPrecision(7))))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/**
 * The fit as R's summary(glm(…, family = binomial)) reports it, for a student to hold beside R's
 * output: computed in the worker (engine/summary.ts), formatted as R formats it
 * (data/rFormat.ts), behind a disclosure so it does not lengthen the page. With the scripts that
 * fit the same model in R and Python.
 */
export function ModelSummary({ info, prepared }: ModelSummaryProps) {
  const summary = info?.analysis.summary;
  const names = info?.parameterNames ?? [];
  // The analysis may belong to the previous run for a moment after a load: match by size.
  const matches =
    summary?.status === 'mle'
      ? summary.coefficients.length === names.length
      : summary?.status === 'penalized'
        ? summary.estimates === null || summary.estimates.length === names.length
        : true;
  return (
    <details className="model-summary">
      <summary>Model summary (as R’s summary(glm) prints it)</summary>
      {!summary || !matches ? (
        <p className="model-summary-message">—</p>
      ) : summary.status === 'mle' ? (
        <CoefficientTable summary={summary} names={names} />
      ) : summary.status === 'penalized' ? (
        <PenalizedEstimates summary={summary} names={names} />
      ) : (
        <p className="model-summary-message" role="note">
          {summary.message}
        </p>
      )}
      {info?.analysis.objective.loss === 'squaredError' && summary?.status === 'mle' && (
        <p className="model-summary-note">
          This run descends squared error; the summary is of the cross-entropy’s (the likelihood’s)
          fit, the one R’s glm finds.
        </p>
      )}
      {info && prepared && <FitScripts info={info} prepared={prepared} />}
    </details>
  );
}
