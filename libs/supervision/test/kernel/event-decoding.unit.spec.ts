import {
  UndecodableEvent,
  decodeDirectoryEvent,
  decodeProgrammeEvent,
  decodeTaskEvent,
  type RecordedMessage,
} from '../../src';

describe('decoding a recorded event into a domain event', () => {
  describe('a task stream', () => {
    it('lets in a known event type with its data', () => {
      const recorded: RecordedMessage = {
        type: 'TaskAcknowledged',
        data: { unitId: 'dept-9', acknowledgedAt: '2026-03-02T02:00:00.000Z' },
        metadata: { schemaVersion: 1 },
      };

      expect(decodeTaskEvent(recorded)).toEqual({
        type: 'TaskAcknowledged',
        data: { unitId: 'dept-9', acknowledgedAt: '2026-03-02T02:00:00.000Z' },
      });
    });

    it('reads an event recorded without a schema version as the first version', () => {
      expect(
        decodeTaskEvent({
          type: 'TaskCancelled',
          data: { reason: '并入其他任务', cancelledAt: '2026-03-02T02:00:00.000Z' },
        }).type,
      ).toBe('TaskCancelled');
    });

    it('refuses an event type it does not know, naming it', () => {
      const decoding = () => decodeTaskEvent({ type: 'TaskEscalated', data: {} });

      expect(decoding).toThrow(UndecodableEvent);
      expect(decoding).toThrow('cannot read the task event TaskEscalated: this version knows no such event type');
    });

    it('refuses a newer schema version of a known type, naming both', () => {
      const decoding = () => decodeTaskEvent({ type: 'TaskAcknowledged', data: {}, metadata: { schemaVersion: 2 } });

      expect(decoding).toThrow(
        'cannot read the task event TaskAcknowledged: schema version 2, this version reads up to 1',
      );
    });

    it('refuses a record whose data is not an object', () => {
      expect(() => decodeTaskEvent({ type: 'TaskAcknowledged', data: null })).toThrow('its data is not an object');
      expect(() => decodeTaskEvent({ type: 'TaskAcknowledged', data: ['dept-9'] })).toThrow(
        'its data is not an object',
      );
    });

    it('does not take an inherited property for an event type', () => {
      expect(() => decodeTaskEvent({ type: 'toString', data: {} })).toThrow('cannot read the task event toString');
    });
  });

  describe('the programme and directory streams', () => {
    it('let in their own event types', () => {
      expect(decodeProgrammeEvent({ type: 'ProgrammeClosed', data: { programmeId: 'spp-2022' } }).type).toBe(
        'ProgrammeClosed',
      );
      expect(decodeDirectoryEvent({ type: 'UnitRegistered', data: { unitId: 'dept-9' } }).type).toBe('UnitRegistered');
    });

    it("refuse another aggregate's event type", () => {
      expect(() => decodeProgrammeEvent({ type: 'TaskIssued', data: {} })).toThrow(
        'cannot read the programme event TaskIssued',
      );
      expect(() => decodeDirectoryEvent({ type: 'ProgrammeLaunched', data: {} })).toThrow(
        'cannot read the directory event ProgrammeLaunched',
      );
    });
  });

  it('tells why in a field a caller can act on', () => {
    const error = (() => {
      try {
        decodeTaskEvent({ type: 'TaskEscalated', data: {} });
      } catch (caught) {
        return caught;
      }
    })();

    expect(error).toMatchObject({
      name: 'UndecodableEvent',
      aggregate: 'task',
      eventType: 'TaskEscalated',
      reason: 'unknown_type',
    });
  });
});
