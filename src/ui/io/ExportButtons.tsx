import type { RunHistory } from '../../state/history';
import type { RunInfo } from '../../worker/protocol';
import { downloadText } from './download';
import { dataCsv, exportFileName, runCsv } from './exportFiles';

interface ExportButtonsProps {
  /** The run as the worker accepted it; null before it has loaded. */
  info: RunInfo | null;
  /** The page's copy of the run's history. */
  history: RunHistory | null;
}

/** Downloads of the run's data and of its iterations, as CSV files. */
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
    </>
  );
}
