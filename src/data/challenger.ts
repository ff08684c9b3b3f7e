/**
 * The Challenger O-ring data: the 23 shuttle flights before the Challenger accident with a known
 * outcome, the launch temperature and whether any field joint's O-ring showed thermal distress.
 * Dalal, Fowlkes and Hoadley (1989), "Risk analysis of the space shuttle: pre-Challenger
 * prediction of failure", Journal of the American Statistical Association 84(408): 945–957;
 * as distributed with R's vcd package (SpaceShuttle), flight 4 dropped for its missing outcome.
 * A table of 23 measurements, public facts; the same rows as test/fixtures/challenger23.csv.
 *
 * R: glm(distress ~ temperature, family = binomial) gives 15.0429 − 0.2322·temperature.
 * Small enough to travel inside a chapter's configuration, so the guide needs no download.
 */
import type { PointsSource } from '../state/config';

export const CHALLENGER_CITATION =
  'Dalal SR, Fowlkes EB, Hoadley B (1989). Risk analysis of the space shuttle: pre-Challenger prediction of failure. JASA 84(408): 945–957; R package vcd, SpaceShuttle.';

/** Launch temperature in °F, flight by flight. */
const TEMPERATURE = [
  66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78, 67, 53, 67, 75, 70, 81, 76, 79, 75, 58, 76,
];
/** 1: an O-ring showed thermal distress on that flight. */
const DISTRESS = [0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0];

export const CHALLENGER: PointsSource = {
  kind: 'points',
  name: 'Challenger O-rings (Dalal et al. 1989)',
  featureNames: ['temperature'],
  features: TEMPERATURE,
  labels: DISTRESS,
};
