import { useState } from 'react';
import { LossCurve } from '../curve/LossCurve';
import { DataSpacePanel } from '../data/DataSpacePanel';
import { DerivationPanel } from '../derivation/DerivationPanel';
import { FigureExportButtons } from '../export/FigureExportButtons';
import { Formula } from '../text/Formula';
import { Header } from './Header';
import { IterationAnnouncer } from './IterationAnnouncer';
import { Panel } from './Panel';
import { usePlotColors } from '../plot/plotColors';
import type { RunContext } from './runContext';
import { usePreparedRun } from './runContext';
import { ParameterSpacePanel } from '../surface/ParameterSpacePanel';
import { useTheme } from './theme';
import { TrainingStrip } from '../settings/TrainingStrip';
import { TransportBar } from '../transport/TransportBar';
import { useTrainer } from '../transport/useTrainer';
import { useComparison } from '../compare/useComparison';
import { SlowMotionCaption } from '../slowMotion/SlowMotionCaption';
import { useSlowMotion } from '../slowMotion/useSlowMotion';
import { GuidePanel } from '../story/GuidePanel';
import { useStartupPage } from '../story/pageStartup';
import { PresentationControls } from '../story/PresentationControls';
import { useGuide } from '../story/useGuide';
import { useGuideKeys } from '../story/useGuideKeys';
import { usePresentation } from '../story/usePresentation';
import { usePrediction } from '../story/usePrediction';
import { PredictionControls } from '../story/PredictionControls';

/**
 * The page: three views of the same training run side by side (stacked on narrow screens), and
 * below them the loss over the iterations and the controls.
 */
export function App() {
  const trainer = useTrainer();
  const comparison = useComparison(trainer);
  const guide = useGuide(trainer, useStartupPage());
  const presentation = usePresentation(guide);
  useGuideKeys(guide, presentation.presenting);
  const [controlsShown, setControlsShown] = useState(false);
  const [theme, chosenTheme, setTheme] = useTheme(presentation.presenting);
  const hidden = new Set(guide.page.hidden);
  const colors = usePlotColors(theme);
  const prepared = usePreparedRun(trainer.view.info);
  const [highlightedPoint, setHighlightedPoint] = useState(0);
  const slow = useSlowMotion(trainer.view, prepared, trainer.config);
  const prediction = usePrediction(trainer.view);
  const run: RunContext = {
    // In slow motion, the iteration before the step until the step's phase.
    view: slow.view,
    slowMotion: slow.slowMotion,
    prediction,
    config: trainer.config,
    prepared,
    commands: {
      seek: trainer.seek,
      setParameters: trainer.setParameters,
      editData: (data, initialization) => {
        const playing = trainer.view.snapshot?.playing === true;
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
  };
  return (
    <div className="app">
      <Header theme={chosenTheme} onThemeChange={setTheme}>
        <PresentationControls guide={guide} presentation={presentation} />
      </Header>
      <main className="app-main">
        <GuidePanel
          guide={guide}
          prediction={
            <PredictionControls
              prediction={prediction}
              snapshot={trainer.view.snapshot}
              surfaceShown={!hidden.has('surface')}
            />
          }
        />
        <div className="panels">
          <Panel
            title="Data space"
            actions={<FigureExportButtons title="Data space" run={run} />}
            caption={
              <>
                The points and the decision boundary <Formula>w·x + b = 0</Formula>, moving with
                every step.
              </>
            }
          >
            <DataSpacePanel run={run} />
          </Panel>
          {!hidden.has('surface') && (
            <Panel
              title="Parameter space"
              actions={<FigureExportButtons title="Parameter space" run={run} />}
              caption="The loss surface as contours, the path of the weights across it and the gradient."
            >
              <ParameterSpacePanel run={run} />
            </Panel>
          )}
          {!hidden.has('derivation') && (
            <Panel
              title="The mathematics"
              caption="The derivation of the gradient, with this iteration's numbers in it."
            >
              <DerivationPanel run={run} />
            </Panel>
          )}
        </div>
        <SlowMotionCaption slowMotion={slow.slowMotion} speed={trainer.config.speed} />
        <section className="panel panel-transport" aria-label="Playback">
          <TransportBar trainer={trainer} comparison={comparison} />
          <IterationAnnouncer view={trainer.view} prepared={prepared} />
        </section>
        {!hidden.has('curve') && (
          <Panel
            className="panel-curve"
            title="Loss"
            actions={<FigureExportButtons title="Loss" run={run} />}
            caption="The loss and the gradient norm per iteration; drag to go back in time."
          >
            <LossCurve run={run} />
          </Panel>
        )}
        <Panel
          className="panel-strip"
          title="Training"
          caption="The run in numbers and its settings: learning rate, loss, optimizer, features and data. Keys anywhere: Space plays or pauses, ← and → step, R resets."
        >
          {presentation.presenting && !controlsShown ? (
            <button type="button" className="button" onClick={() => setControlsShown(true)}>
              Show controls
            </button>
          ) : (
            <>
              {presentation.presenting && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setControlsShown(false)}
                >
                  Hide controls
                </button>
              )}
              <TrainingStrip trainer={trainer} prepared={prepared} hidden={hidden} />
            </>
          )}
        </Panel>
      </main>
    </div>
  );
}
