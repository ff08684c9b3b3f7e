import type { ReactNode } from 'react';
import { useCallback, useMemo, useState } from 'react';
import { CompareBar } from '../compare/CompareBar';
import { useComparison } from '../compare/useComparison';
import { FigureExportButtons } from '../export/FigureExportButtons';
import { FigureSlugContext } from '../export/figureSlugContext';
import { usePlotColors } from '../plot/plotColors';
import { Readout } from '../run/Readout';
import { RunStatus } from '../run/RunStatus';
import { LearningRateControl } from '../settings/LearningRateControl';
import { TrainingStrip } from '../settings/TrainingStrip';
import { SlowMotionCaption } from '../slowMotion/SlowMotionCaption';
import { ChapterPanels } from '../story/ChapterPanels';
import { GuideLauncher, GuidePanel } from '../story/GuidePanel';
import { useStartupPage } from '../story/pageStartup';
import { PredictionControls } from '../story/PredictionControls';
import { PresentationControls } from '../story/PresentationControls';
import { useGuide } from '../story/useGuide';
import { useGuideKeys } from '../story/useGuideKeys';
import { usePresentation } from '../story/usePresentation';
import { withOptimizer } from '../../state/config';
import type { PanelId } from '../../state/panels';
import { PANEL_IDS, PANELS, panelHidden } from '../../state/panels';
import { encodeConfig } from '../../state/link';
import { HeaderCopyLink } from '../io/HeaderCopyLink';
import { SpeedControl } from '../transport/SpeedControl';
import { TransportBar } from '../transport/TransportBar';
import { useTrainer } from '../transport/useTrainer';
import { Header } from './Header';
import { IterationAnnouncer } from './IterationAnnouncer';
import { Panel } from './Panel';
import { PANEL_VIEWS, panelSlug } from './panels';
import type { RunBase } from './liveRun';
import { LiveRunProvider, WithLiveRun, WithRun } from './liveRun';
import { usePreparedRun } from './runContext';
import { fullAppFragment, pageAddress } from './embed';
import { EmbeddedPage } from './EmbeddedPage';
import { SettingsDrawer, SettingsToggle } from './SettingsDrawer';
import { WhileHidden } from './WhileHidden';
import { stageColumns, usePageLayout } from './stageLayout';
import { useLayoutBoundary } from './useLayoutBoundary';
import { useTheme } from './theme';
import { usePlotFont } from './usePlotFont';
import './stage.css';

/**
 * The page as a stage: the figures, the controls that drive them, the loss curve and the run's
 * status fill the screen (stageLayout.ts), the guide beside them, and the settings used less in a
 * drawer over the mathematics' column. On a phone the parts flow in one column, with the transport
 * pinned so Play and Step stay in reach of the figures.
 */
export function App() {
  const trainer = useTrainer();
  const comparison = useComparison(trainer);
  const guide = useGuide(trainer, useStartupPage());
  const presentation = usePresentation(guide);
  useGuideKeys(guide, presentation.presenting);
  const pageLayout = usePageLayout();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  const closeSettings = useCallback(() => setSettingsOpen(false), []);
  const [guideTextShown, setGuideTextShown] = useState<boolean | null>(null);
  const [theme, chosenTheme, setTheme] = useTheme(presentation.presenting);
  const plotFont = usePlotFont(presentation.presenting);
  const hidden = new Set(guide.page.hidden);
  const colors = usePlotColors(theme);
  const prepared = usePreparedRun(trainer.info);
  const [highlightedPoint, setHighlightedPoint] = useState(0);
  // Embedded in another page's frame, the page is always a stage: the frame is its screen.
  const embed = guide.page.embed ?? null;
  const layout = embed ? 'stage' : pageLayout;
  const stage = layout === 'stage';
  // The controls under the figures change every frame (the readout, the timeline): on the stage
  // each of their panels is laid out on its own (useLayoutBoundary.ts), not the page around it.
  const controlsBoundary = useLayoutBoundary<HTMLDivElement>(stage && !embed);
  /** Whether a panel is on the page: the embedded parts, or all but those a teacher hid. */
  const shows = (id: PanelId) => (embed ? embed.includes(id) : !panelHidden(id, guide.page.hidden));
  // One object while the layout stays: the memoized figures key on it.
  const figure = useMemo(
    () => ({ stage, fontSize: plotFont, editable: !presentation.presenting }),
    [stage, plotFont, presentation.presenting],
  );
  // What the panels read besides the frame (liveRun.tsx adds that): App renders when this changes,
  // not on every snapshot.
  const run: RunBase = {
    config: trainer.config,
    prepared,
    commands: {
      seek: trainer.seek,
      setParameters: trainer.setParameters,
      editData: (data, initialization) => {
        const playing = trainer.store.getView().snapshot?.playing === true;
        trainer.restart({ data, initialization });
        if (playing) trainer.transport.play();
      },
    },
    // A point chosen on the previous data may not exist in these.
    highlightedPoint: prepared && highlightedPoint < prepared.data.n ? highlightedPoint : 0,
    setHighlightedPoint,
    theme,
    colors,
    comparison: comparison.active,
    figure,
  };
  // A presenter talks over the figures: the guide's text is one click away, not in the way.
  const guideText = guideTextShown ?? !presentation.presenting;
  const columns = stageColumns({
    guide: guide.chapter !== null,
    guideText,
    side: !hidden.has('derivation'),
  });
  const mathShown = shows('derivation');
  // On the stage the loss curve sits under the mathematics, leaving the figures the height; with
  // the mathematics hidden, under the controls, the figures taking the whole width.
  const curveBeside = stage && mathShown;
  // Every panel from its entry in the table (panels.tsx): title, caption, export and component.
  const panel = (id: PanelId) => {
    if (!shows(id)) return null;
    const { title } = PANELS[id];
    const { caption, className, Component, exported } = PANEL_VIEWS[id];
    return (
      <Panel
        className={className}
        title={title}
        caption={caption}
        actions={
          exported && (
            <WithRun base={run}>
              {(live) => <FigureExportButtons title={title} run={live} setTheme={setTheme} />}
            </WithRun>
          )
        }
      >
        <FigureSlugContext.Provider value={exported ? panelSlug(id) : undefined}>
          <WithRun base={run}>{(live) => <Component run={live} />}</WithRun>
        </FigureSlugContext.Provider>
      </Panel>
    );
  };
  const panels = Object.fromEntries(PANEL_IDS.map((id) => [id, panel(id)])) as Record<
    PanelId,
    ReactNode
  >;
  const transportPanel = (
    <section className="panel stage-transport" aria-label="Playback">
      <div className="panel-content" ref={controlsBoundary}>
        <TransportBar trainer={trainer} comparison={comparison} />
        <WithLiveRun>
          {(live) => <IterationAnnouncer view={live.latest} prepared={prepared} />}
        </WithLiveRun>
      </div>
    </section>
  );
  const drawerOpen = stage ? settingsOpen : true;
  if (embed) {
    const fullApp = fullAppFragment(encodeConfig(trainer.config, 'link').text, guide.page);
    return (
      <LiveRunProvider store={trainer.store} prepared={prepared} config={trainer.config}>
        <EmbeddedPage
          parts={embed}
          panels={{ ...panels, transport: transportPanel }}
          fullAppHref={pageAddress(fullApp, window.location)}
        />
      </LiveRunProvider>
    );
  }
  return (
    <LiveRunProvider store={trainer.store} prepared={prepared} config={trainer.config}>
      <div className={`app app-${layout}`}>
        <Header theme={chosenTheme} onThemeChange={setTheme}>
          <GuideLauncher guide={guide} />
          {stage && <SettingsToggle open={settingsOpen} onToggle={setSettingsOpen} />}
          {hidden.has('data') && <HeaderCopyLink getConfig={trainer.sharedConfig} />}
          <PresentationControls guide={guide} presentation={presentation} />
        </Header>
        <main className="stage" style={stage ? { gridTemplateColumns: columns } : undefined}>
          <GuidePanel
            guide={guide}
            textShown={guideText}
            onTextShown={setGuideTextShown}
            prediction={
              // The answer is judged against the run as it goes: this part follows every frame.
              <WithLiveRun key={guide.chapter?.id}>
                {(live) => (
                  <PredictionControls
                    form={guide.chapter?.answer ?? null}
                    prediction={live.prediction}
                    sketch={live.sketch}
                    prepared={prepared}
                    snapshot={live.latest.snapshot}
                    surfaceShown={!hidden.has('surface')}
                  />
                )}
              </WithLiveRun>
            }
            panels={
              guide.chapter?.panels && (
                <WithLiveRun>
                  {(live) => (
                    <ChapterPanels
                      chapter={guide.chapter}
                      info={trainer.info}
                      snapshot={live.latest.snapshot}
                      prepared={prepared}
                    />
                  )}
                </WithLiveRun>
              )
            }
          />
          <div className="stage-center">
            <div className="stage-figures">
              {panels.data}
              {panels.surface}
            </div>
            <div className="stage-controls">
              {transportPanel}
              <section className="panel stage-tuning" aria-label="Training">
                <div className="panel-content stage-tuning-grid" ref={controlsBoundary}>
                  <LearningRateControl
                    value={trainer.config.optimizer.learningRate}
                    landmarks={trainer.info?.analysis.landmarks ?? null}
                    optimizer={trainer.config.optimizer}
                    onChange={(learningRate) =>
                      trainer.updateSettings(withOptimizer(trainer.config, { learningRate }))
                    }
                  />
                  <SpeedControl speed={trainer.config.speed} onChange={trainer.setSpeed} />
                  <WithLiveRun>
                    {(live) => (
                      <>
                        {/* In slow motion, the iteration before the step until the step's phase. */}
                        <Readout snapshot={live.view.snapshot} />
                        <RunStatus
                          snapshot={live.latest.snapshot}
                          notice={trainer.notice}
                          onDismiss={trainer.dismissNotice}
                        />
                        <SlowMotionCaption
                          slowMotion={live.slowMotion}
                          speed={trainer.config.speed}
                        />
                      </>
                    )}
                  </WithLiveRun>
                </div>
              </section>
            </div>
            {!curveBeside && panels.curve}
          </div>
          {(mathShown || curveBeside) && (
            <div className="stage-side">
              {panels.derivation}
              {curveBeside && panels.curve}
            </div>
          )}
        </main>
        <SettingsDrawer
          open={drawerOpen}
          docked={!stage}
          onClose={closeSettings}
          hasContent={
            !(['parameters', 'training', 'features', 'data'] as const).every((part) =>
              hidden.has(part),
            )
          }
        >
          <WhileHidden
            hidden={!drawerOpen}
            inputs={[
              trainer.config,
              trainer.info,
              trainer.notice,
              trainer.startupNotices,
              trainer.storageProblem,
              comparison.choice,
              comparison.active,
              comparison.problem,
              prepared,
              guide.page.hidden,
              openSettings,
            ]}
          >
            <CompareBar
              comparison={comparison}
              config={trainer.config}
              storeA={trainer.store}
              hidden={!drawerOpen}
            />
            <TrainingStrip
              trainer={trainer}
              prepared={prepared}
              hidden={hidden}
              onNeedsAttention={openSettings}
              open={drawerOpen}
            />
          </WhileHidden>
        </SettingsDrawer>
      </div>
    </LiveRunProvider>
  );
}
