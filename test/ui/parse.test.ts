import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/state/limits';
import {
  parseBatchSize,
  parseLambda,
  parseLearningRate,
  parseMomentum,
  parseSeed,
} from '../../src/ui/settings/parse';

/** Text that holds no number at all: refused by every field, whatever its range. */
const NOT_NUMBERS = ['', ' ', 'abc', 'Infinity', '-Infinity', '1e400', 'NaN', '1,5', '0x'];

describe('parseLearningRate', () => {
  it('accepts numbers within η’s range, scientific notation included', () => {
    expect(parseLearningRate('0.5')).toEqual({ value: 0.5 });
    expect(parseLearningRate(' 100 ')).toEqual({ value: 100 });
    expect(parseLearningRate('1e-3')).toEqual({ value: 0.001 });
  });

  it('brings zero, negatives and huge values into range, saying so', () => {
    expect(parseLearningRate('1000')).toEqual({
      value: 100,
      notice: 'The learning rate 1000 is out of range (0.0001 to 100); 100 is used.',
    });
    for (const text of ['0', '-1', '1e-9']) {
      expect(parseLearningRate(text), text).toMatchObject({ value: LIMITS.learningRate.min });
    }
  });

  it('refuses text that is not a number, saying what to enter', () => {
    for (const text of NOT_NUMBERS) {
      expect(parseLearningRate(text), text).toEqual({
        error: 'Enter a number from 0.0001 to 100.',
      });
    }
  });
});

describe('parseBatchSize', () => {
  it('accepts whole numbers from 0 (the full batch)', () => {
    expect(parseBatchSize('0')).toEqual({ value: 0 });
    expect(parseBatchSize('32')).toEqual({ value: 32 });
    expect(parseBatchSize('100000')).toEqual({ value: 100000 });
  });

  it('refuses fractions and text; clamps negatives and sizes beyond the most points', () => {
    for (const text of ['1.5', ...NOT_NUMBERS]) {
      expect(parseBatchSize(text), text).toEqual({
        error: 'Enter a whole number from 0 to 100000.',
      });
    }
    expect(parseBatchSize('-1')).toMatchObject({ value: 0 });
    expect(parseBatchSize('250000')).toMatchObject({ value: 100000 });
  });
});

describe('parseLambda', () => {
  it('accepts 0 (no penalty) and numbers up to 1000', () => {
    for (const value of [0, 1e-4, 0.01, 2.5, 1000]) {
      expect(parseLambda(String(value))).toEqual({ value });
    }
  });

  it('clamps negatives to 0 and huge values to 1000, saying so; refuses text', () => {
    expect(parseLambda('-0.5')).toEqual({
      value: 0,
      notice: 'The regularization strength λ -0.5 is out of range (0 to 1000); 0 is used.',
    });
    expect(parseLambda('5000')).toMatchObject({ value: 1000, notice: /out of range/ });
    for (const text of NOT_NUMBERS) expect(parseLambda(text), text).toHaveProperty('error');
  });
});

describe('parseMomentum', () => {
  it('accepts β from 0 (gradient descent) to 0.999', () => {
    for (const value of [0, 0.5, 0.9, 0.999]) {
      expect(parseMomentum(String(value))).toEqual({ value });
    }
  });

  it('clamps 1 and beyond to 0.999 and negatives to 0, saying so; refuses text', () => {
    for (const text of ['0.9999', '1', '5']) {
      expect(parseMomentum(text), text).toMatchObject({ value: 0.999, notice: /momentum β/ });
    }
    expect(parseMomentum('-0.1')).toMatchObject({ value: 0, notice: /out of range/ });
    for (const text of NOT_NUMBERS) expect(parseMomentum(text), text).toHaveProperty('error');
  });
});

describe('parseSeed', () => {
  it('accepts whole numbers from 0 to 2³² − 1', () => {
    for (const value of [0, 1, 42, 4294967295]) expect(parseSeed(String(value))).toEqual({ value });
  });

  it('refuses fractions and text; clamps beyond 2³² − 1, in the words of the seed it is', () => {
    for (const text of ['1.5', ...NOT_NUMBERS]) {
      expect(parseSeed(text), text).toEqual({
        error: 'Enter a whole number from 0 to 4294967295.',
      });
    }
    expect(parseSeed('4294967296')).toMatchObject({ value: 4294967295, notice: /shuffling seed/ });
    expect(parseSeed('-3', 'initSeed')).toMatchObject({ value: 0, notice: /initial seed/ });
  });
});
