import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataSource, PointsSource } from '../../state/config';
import { splitOf } from '../../state/config';
import { DataSettings } from '../settings/DataSettings';
import { HoldOutSetting } from '../settings/HoldOutSetting';
import type { TrainerControls } from '../transport/useTrainer';
import type { TrainerView } from '../../worker/client';
import { ColumnChooser } from './ColumnChooser';
import { DropHighlight } from './DropHighlight';
import { ExportButtons } from './ExportButtons';
import { ImportCsvButton } from './ImportCsvButton';
import { ImportRefusal } from './ImportRefusal';
import './io.css';
import { EmbedCode } from './EmbedCode';
import { LinkToCopy } from './LinkToCopy';
import { StartupNotices } from './StartupNotices';
import { useCsvImport } from './useCsvImport';
import { useFileDrop } from './useFileDrop';
import { useShareLink } from './useShareLink';

/**
 * The data group of the training strip: the data set menus, then importing a CSV file (chosen or
 * dropped on the page), exporting the data and the run, and copying a link to the setup.
 *
 * Two items of the strip's flex row: the group itself, and below the row a full-width area for
 * what needs room: the column chooser, a refused file's reason, the link to copy by hand, and the
 * notices of a link that could not be used in full.
 */
export function DataAndSharing({
  trainer,
  view,
  onNeedsAttention,
}: {
  trainer: TrainerControls;
  /** The run's view, as the settings drawer follows it (its info, and its history to export). */
  view: TrainerView;
  /** Called when a message appears here that the user must see (the settings may be closed). */
  onNeedsAttention?: () => void;
}) {
  const { config } = trainer;
  const fileInput = useRef<HTMLInputElement>(null);
  // A short confirmation beside the buttons ("Link copied"), read out politely. It belongs to
  // the data it was said about, and goes when other data are loaded.
  const [status, setStatus] = useState<{ text: string; data: DataSource } | null>(null);

  const importer = useCsvImport(trainer.importData);
  const { state, importFile: readFile } = importer;
  const { shared, copy, dismiss: dismissLink } = useShareLink(trainer.sharedConfig);

  const importFile = useCallback(
    (file: File) => {
      setStatus(null);
      readFile(file);
    },
    [readFile],
  );
  const dragging = useFileDrop(importFile);

  /** After the chooser closes, the keyboard goes back to where it started. */
  const closeChooser = () => {
    importer.close();
    fileInput.current?.focus();
  };

  const applyImport = (points: PointsSource) => {
    importer.use(points);
    const count = points.labels.length.toLocaleString('en');
    setStatus({ text: `Imported ${count} points from “${points.name}”.`, data: points });
    fileInput.current?.focus();
  };

  const copyLink = async () => {
    setStatus(null);
    const result = await copy();
    if (result.copied) setStatus({ text: 'Link copied to the clipboard.', data: config.data });
  };

  const link = shared && !shared.copied ? shared : null;
  const hasMessages =
    trainer.startupNotices !== null ||
    trainer.storageProblem !== null ||
    state.step === 'refused' ||
    state.step === 'choosing' ||
    link !== null ||
    Boolean(shared?.omitted);
  useEffect(() => {
    if (hasMessages) onNeedsAttention?.();
  }, [hasMessages, onNeedsAttention]);

  return (
    <>
      <DataSettings data={config.data} onChange={trainer.loadData} legend="Data and sharing">
        <HoldOutSetting
          split={splitOf(config)}
          data={config.data}
          counts={
            view.info
              ? { training: view.info.trainingCount, heldOut: view.info.heldOutCount }
              : null
          }
          onChange={(split) => trainer.restart({ split })}
        />
        <div className="io-actions">
          <ImportCsvButton
            inputRef={fileInput}
            onFile={importFile}
            reading={state.step === 'reading'}
          />
          <ExportButtons info={view.info} history={view.history} />
          <button type="button" className="button" onClick={() => void copyLink()}>
            Copy link
          </button>
        </div>
        <EmbedCode getConfig={trainer.sharedConfig} />
        <p className="io-status" role="status">
          {state.step === 'reading'
            ? `Reading “${state.fileName}”…`
            : status?.data === config.data && status.text}
        </p>
      </DataSettings>
      {hasMessages && (
        <div className="io-messages">
          {trainer.startupNotices && (
            <StartupNotices
              from={trainer.startupNotices.from}
              notices={trainer.startupNotices.notices}
              onDismiss={trainer.dismissStartupNotices}
            />
          )}
          {trainer.storageProblem && (
            <p className="io-message io-message-warning" role="status">
              {trainer.storageProblem}
            </p>
          )}
          {shared?.omitted && (
            <div className="io-message io-message-warning" role="status">
              <p>{shared.omitted}</p>
              <button type="button" className="button button-small" onClick={dismissLink}>
                Dismiss<span className="visually-hidden"> the link message</span>
              </button>
            </div>
          )}
          {link && <LinkToCopy url={link.url} onDismiss={dismissLink} />}
          {state.step === 'refused' && (
            <ImportRefusal
              fileName={state.fileName}
              reason={state.reason}
              onDismiss={importer.close}
            />
          )}
          {state.step === 'choosing' && (
            <ColumnChooser
              file={state.file}
              choice={state.choice}
              onChoose={importer.choose}
              onUse={applyImport}
              onCancel={closeChooser}
            />
          )}
        </div>
      )}
      {dragging && <DropHighlight />}
    </>
  );
}
