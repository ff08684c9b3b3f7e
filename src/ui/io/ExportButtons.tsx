import type { RunHistory } from '../../state/history';
import type { RunInfo } from '../../worker/protocol';
import { downloadText } from './download';
import { summaryCsv, summaryText } from '../../data/summaryExport';
import { dataCsv, exportFileName, runCsv } from './exportFiles';

interface ExportButtonsProps {
  /** The run as the worker accepted it; null before it has loaded. */
  info: RunInfo | null;
  /** The page's copy of the run's history. */
  history: RunHistory | null;
}

/** Downloads of the run's data, of its iterations and of its model summary. */
export function ExportButtons({ info, history }: ExportButtonsProps) {
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!info}
        onClick={() => {
          if (info) downloadText(exportFileName(info.source.data, 'data'), dataCsv(info));
        }}
      >
        Export data (CSV)
      </button>
      <button
        type="button"
        className="button"
        disabled={!info || !history || history.length === 0}
        onClick={() => {
          if (info && history) {
            downloadText(exportFileName(info.source.data, 'run'), runCsv(history, info));
          }
        }}
      >
        Export run (CSV)
      </button>
      <button
        type="button"
        className="button"
        disabled={!info || !hasSummary(info)}
        onClick={() => {
          if (info) {
            downloadText(
              exportFileName(info.source.data, 'summary'),
              summaryCsv(info.analysis.summary, info.parameterNames),
            );
          }
        }}
      >
        Export summary (CSV)
      </button>
      <button
        type="button"
        className="button"
        disabled={!info || !hasSummary(info)}
        onClick={() => {
          if (info) {
            downloadText(
              exportFileName(info.source.data, 'summary').replace(/\.csv$/, '.txt'),
              summaryText(info.analysis.summary, info.parameterNames),
              'text/plain;charset=utf-8',
            );
          }
        }}
      >
        Export summary (text, as R prints it)
      </button>
    </>
  );
}

/** A summary with numbers to export: the MLE's, or a penalized fit's estimates. */
function hasSummary(info: RunInfo): boolean {
  const { status } = info.analysis.summary;
  return status === 'mle' || status === 'penalized';
}
