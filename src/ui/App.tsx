import { Formula } from './Formula';
import { Header } from './Header';
import { Panel } from './Panel';
import { Placeholder } from './Placeholder';
import { TrainingStrip } from './TrainingStrip';
import { useTrainer } from './useTrainer';

/**
 * The page: three views of the same training run side by side (stacked on narrow screens),
 * and below them the run over time with its controls.
 */
export function App() {
  const trainer = useTrainer();
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <div className="panels">
          <Panel
            title="Data space"
            caption={
              <>
                The points and the decision boundary <Formula>w·x + b = 0</Formula>, moving with
                every step.
              </>
            }
          >
            <Placeholder shape="figure" label="Points, boundary and probability field" />
          </Panel>
          <Panel
            title="Parameter space"
            caption="The loss surface as contours, the path of the weights across it and the gradient."
          >
            <Placeholder shape="figure" label="Loss contours and optimizer path" />
          </Panel>
          <Panel
            title="The mathematics"
            caption="The derivation of the gradient, with this iteration's numbers in it."
          >
            <Placeholder shape="text" label="Derivation, step by step" />
          </Panel>
        </div>
        <Panel
          className="panel-strip"
          title="Training"
          caption="The run over time and its controls: play, pause, step, step back, reset, speed, learning rate and data. Keys: Space plays or pauses, ← and → step, R resets."
        >
          <TrainingStrip trainer={trainer} />
        </Panel>
      </main>
    </div>
  );
}
