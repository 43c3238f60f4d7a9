import { expect } from '@open-wc/testing';
import {
  activityQuery, activityTotals, addDays, axisLabelIndexes, countExpiringSoon, countScale, createdPerDay, durationInUnit,
  isAnalyticsRange, isEmptyActivity, rangeStart,
} from '../../src/rules/analytics.js';
import type { InviteStatus } from '../../src/api/types.js';

const at = (iso: string) => ({ createdAt: new Date(iso) });
const HOUR = 3600e3;
const DAY = 24 * HOUR;

describe('analytics maths', () => {
  describe('the days of a range', () => {
    it('offers 7, 30 and 90 days only', () => {
      expect([7, 30, 90].every(isAnalyticsRange)).to.equal(true);
      expect([0, 14, '30', NaN, undefined].some(isAnalyticsRange)).to.equal(false);
    });

    it('steps calendar dates across months, years and a leap day', () => {
      expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
      expect(addDays('2028-03-01', -1)).to.equal('2028-02-29');
      expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
      expect(addDays('2026-03-01', -29)).to.equal('2026-01-31');
    });

    it('ends the range on today in the viewer zone, today included', () => {
      const now = new Date('2026-03-01T07:30:00Z');
      expect(activityQuery(7, 'UTC', now)).to.deep.equal({ from: '2026-02-23', to: '2026-03-01', timeZone: 'UTC' });
      // Still the evening of Feb 28 in Los Angeles, already the afternoon of Mar 1 in Tokyo.
      expect(activityQuery(7, 'America/Los_Angeles', now)).to.deep.equal({ from: '2026-02-22', to: '2026-02-28', timeZone: 'America/Los_Angeles' });
      expect(activityQuery(30, 'Asia/Tokyo', now)).to.deep.equal({ from: '2026-01-31', to: '2026-03-01', timeZone: 'Asia/Tokyo' });
      expect(activityQuery(90, 'UTC', now).from).to.equal('2025-12-02');
    });

    it('starts the range at midnight of its first day in its zone', () => {
      expect(rangeStart({ from: '2026-02-22', to: '2026-02-28', timeZone: 'America/Los_Angeles' }).toISOString()).to.equal('2026-02-22T08:00:00.000Z');
      expect(rangeStart({ from: '2026-03-01', to: '2026-03-07', timeZone: 'Asia/Tokyo' }).toISOString()).to.equal('2026-02-28T15:00:00.000Z');
      expect(rangeStart({ from: '2026-03-01', to: '2026-03-07' }).toISOString()).to.equal('2026-03-01T00:00:00.000Z');
    });
  });

  describe('created per day', () => {
    it('counts an invitation on the day it was created in the given zone: 07:30Z on Mar 1 is Feb 28 in Los Angeles', () => {
      const invitations = [at('2026-03-01T07:30:00Z')];
      const query = { from: '2026-02-28', to: '2026-03-01' };
      expect(createdPerDay(invitations, { ...query, timeZone: 'America/Los_Angeles' })).to.deep.equal([
        { date: '2026-02-28', created: 1 },
        { date: '2026-03-01', created: 0 },
      ]);
      expect(createdPerDay(invitations, { ...query, timeZone: 'Asia/Tokyo' })).to.deep.equal([
        { date: '2026-02-28', created: 0 },
        { date: '2026-03-01', created: 1 },
      ]);
      expect(createdPerDay(invitations, { ...query, timeZone: 'UTC' })[1]).to.deep.equal({ date: '2026-03-01', created: 1 });
    });

    it('puts the minutes around Tokyo midnight on either side of it', () => {
      const invitations = [at('2026-02-28T14:59:59Z'), at('2026-02-28T15:00:00Z'), at('2026-02-28T15:00:01Z')];
      expect(createdPerDay(invitations, { from: '2026-02-28', to: '2026-03-01', timeZone: 'Asia/Tokyo' }).map((d) => d.created)).to.deep.equal([1, 2]);
    });

    it('follows a daylight-saving change: the short day of Mar 8 in Los Angeles starts at 08:00Z', () => {
      const invitations = [at('2026-03-08T07:59:00Z'), at('2026-03-08T08:00:00Z'), at('2026-03-09T06:59:00Z'), at('2026-03-09T07:00:00Z')];
      const days = createdPerDay(invitations, { from: '2026-03-07', to: '2026-03-09', timeZone: 'America/Los_Angeles' });
      expect(days.map((d) => d.created)).to.deep.equal([1, 2, 1]);
    });

    it('has every day of the range, in order, and leaves out invitations outside it', () => {
      const days = createdPerDay([at('2026-01-01T12:00:00Z'), at('2026-01-03T12:00:00Z'), at('2026-01-09T12:00:00Z')], {
        from: '2026-01-02',
        to: '2026-01-08',
        timeZone: 'UTC',
      });
      expect(days.map((d) => d.date)).to.deep.equal(['2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08']);
      expect(activityTotals(days)).to.deep.equal({ created: 1, used: undefined });
    });
  });

  describe('figures', () => {
    it('sums created and used, and knows an empty period', () => {
      const days = [
        { date: '2026-01-01', created: 2, used: 1 },
        { date: '2026-01-02', created: 0, used: 3 },
      ];
      expect(activityTotals(days)).to.deep.equal({ created: 2, used: 4 });
      expect(isEmptyActivity(days)).to.equal(false);
      expect(isEmptyActivity([{ date: '2026-01-01', created: 0, used: 0 }, { date: '2026-01-02', created: 0 }])).to.equal(true);
      expect(isEmptyActivity([{ date: '2026-01-01', created: 0, used: 2 }])).to.equal(false);
    });

    it('counts live pending invitations expiring within 7 days', () => {
      const now = new Date('2026-03-01T12:00:00Z');
      const row = (status: InviteStatus, inMs: number) => ({ status, expiresAt: new Date(+now + inMs) });
      const rows = [row('pending', HOUR), row('pending', 7 * DAY), row('pending', 7 * DAY + 1), row('pending', -1), row('used', HOUR), row('canceled', DAY)];
      expect(countExpiringSoon(rows, now)).to.equal(2);
    });

    it('reads a duration in minutes, hours or days', () => {
      expect(durationInUnit(5)).to.deep.equal({ value: 1, unit: 'minute' });
      expect(durationInUnit(20 * 60)).to.deep.equal({ value: 20, unit: 'minute' });
      expect(durationInUnit(7200)).to.deep.equal({ value: 2, unit: 'hour' });
      expect(durationInUnit(36 * 3600)).to.deep.equal({ value: 36, unit: 'hour' });
      expect(durationInUnit(3 * 86400)).to.deep.equal({ value: 3, unit: 'day' });
      expect(durationInUnit(59.8 * 60)).to.deep.equal({ value: 1, unit: 'hour' });
    });
  });

  describe('axes', () => {
    it('labels every day when they fit, else evenly spaced days back from today', () => {
      expect(axisLabelIndexes(7, 10)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
      expect(axisLabelIndexes(30, 6)).to.deep.equal([4, 9, 14, 19, 24, 29]);
      const ninety = axisLabelIndexes(90, 5);
      expect(ninety.length).to.be.at.most(5);
      expect(ninety[ninety.length - 1]).to.equal(89);
      expect(axisLabelIndexes(30, 0)).to.deep.equal([29]);
      expect(axisLabelIndexes(0, 5)).to.deep.equal([]);
    });

    it('rounds the count axis to a step of 1, 2 or 5 times a power of ten', () => {
      expect(countScale(0)).to.deep.equal({ top: 4, step: 1 });
      expect(countScale(3)).to.deep.equal({ top: 3, step: 1 });
      expect(countScale(7)).to.deep.equal({ top: 8, step: 2 });
      expect(countScale(37)).to.deep.equal({ top: 40, step: 10 });
      expect(countScale(1234)).to.deep.equal({ top: 1500, step: 500 });
    });
  });
});
