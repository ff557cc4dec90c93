import { describe, expect, it } from 'vitest';
import { emitAppEvent, subscribeAppEvents, type AppEvent } from '@/platform/app-events';

describe('app events', () => {
  it('delivers events in order to subscribers until they unsubscribe', () => {
    const received: AppEvent[] = [];
    const stop = subscribeAppEvents((event) => received.push(event));
    emitAppEvent({ type: 'quiz-started' });
    emitAppEvent({ type: 'step-answered', stepIndex: 0 });
    stop();
    emitAppEvent({ type: 'step-answered', stepIndex: 1 });
    expect(received).toEqual([{ type: 'quiz-started' }, { type: 'step-answered', stepIndex: 0 }]);
  });

  it('keeps delivering to others when one listener throws', () => {
    const received: AppEvent[] = [];
    const stopFailing = subscribeAppEvents(() => {
      throw new Error('host window closed');
    });
    const stop = subscribeAppEvents((event) => received.push(event));
    expect(() => emitAppEvent({ type: 'quiz-completed', typeId: 'steady-guardian' })).not.toThrow();
    expect(received).toHaveLength(1);
    stopFailing();
    stop();
  });
});
