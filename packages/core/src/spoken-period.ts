// The periods' wording lives in @kehoach/nd30; core's callers (check-plan) read it from here.
export { spokenPeriodWords, spokenPeriodRange, pointWords, pointDay } from '@kehoach/nd30';
