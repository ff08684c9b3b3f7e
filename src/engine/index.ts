/**
 * The engine: the mathematics of the app as pure functions on typed arrays. No DOM, no React, no
 * d3-selection: it runs in the worker, in Node tests and in the benchmarks alike.
 */
export * from './batches';
export * from './classify';
export * from './dampedNewton';
export * from './dataset';
export * from './derivation';
export * from './design';
export * from './features';
export * from './l1';
export * from './landmarks';
export * from './linalg';
export * from './losses';
export * from './newtonStep';
export * from './normal';
export * from './numeric';
export * from './optimizers';
export * from './optimum';
export * from './presets';
export * from './regularization';
export * from './rng';
export * from './roc';
export * from './separation';
export * from './split';
export * from './summary';
export * from './surface';
export * from './updateRules';
