import { describe, expect, it } from 'vitest';
import { parseBatchSize, parseLearningRate } from '../../src/ui/settings/parse';

describe('parseLearningRate', () => {
  it('parseLearningRate(text) accepts positive finite numbers, scientific notation included', () => {
    expect(parseLearningRate('0.5')).toEqual({ value: 0.5 });
    expect(parseLearningRate(' 1000 ')).toEqual({ value: 1000 });
    expect(parseLearningRate('1e-3')).toEqual({ value: 0.001 });
  });

  it('parseLearningRate(text) refuses zero, negatives, empty text, words and overflow', () => {
    for (const text of ['0', '-1', '', ' ', 'abc', 'Infinity', '1e400', 'NaN']) {
      expect(parseLearningRate(text), text).toHaveProperty('error');
    }
  });
});

describe('parseBatchSize', () => {
  it('parseBatchSize(text) accepts whole numbers from 0 (the full batch)', () => {
    expect(parseBatchSize('0')).toEqual({ value: 0 });
    expect(parseBatchSize('32')).toEqual({ value: 32 });
  });

  it('parseBatchSize(text) refuses fractions, negatives and empty text', () => {
    for (const text of ['1.5', '-1', '', 'ten']) {
      expect(parseBatchSize(text), text).toHaveProperty('error');
    }
  });
});
