import type { OptimumSummary } from '../worker/analysis';
import type { RunInfo, Snapshot } from '../worker/protocol';
import { formatNumber } from './format';

interface ParametersTableProps {
  info: RunInfo | null;
  snapshot: Snapshot | null;
}

/** Why there is no optimum to compare with, in a few words (the full message is the cell's title). */
const NO_OPTIMUM: Record<Exclude<OptimumSummary['status'], 'found'>, string> = {
  separable: 'none: the classes are separable',
  notFound: 'not found',
  unavailable: 'not computed for this loss',
};

function OptimumCell({ optimum, index }: { optimum: OptimumSummary | undefined; index: number }) {
  if (!optimum) return <td>—</td>;
  if (optimum.status === 'found') {
    return <td className="number">{formatNumber(optimum.rawTheta[index])}</td>;
  }
  return (
    <td className="parameters-none" title={optimum.message}>
      {NO_OPTIMUM[optimum.status]}
    </td>
  );
}

/**
 * The parameters in raw feature units, as a statistics package reports them: where the run is
 * and where it is going (the optimum, found by Newton's method in the worker).
 */
export function ParametersTable({ info, snapshot }: ParametersTableProps) {
  const names = info?.parameterNames ?? [];
  // The worker sends a new analysis whenever the loss or the regularization changes.
  const optimum = info?.analysis.optimum;
  // The snapshot may belong to the previous run for a moment after a load: match by length.
  const current = snapshot && snapshot.rawTheta.length === names.length ? snapshot.rawTheta : null;
  return (
    <table className="parameters">
      <caption>Parameters</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">name</span>
          </th>
          <th scope="col">current</th>
          <th scope="col">optimum</th>
        </tr>
      </thead>
      <tbody>
        {names.map((name, index) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td className="number">{current ? formatNumber(current[index]) : '—'}</td>
            <OptimumCell optimum={optimum} index={index} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
