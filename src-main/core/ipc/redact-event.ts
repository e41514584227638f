import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { ArenaError } from '../../../src-shared/domain.ts';

const scrub = (error: ArenaError, redact: (text: string) => string): ArenaError => ({
  ...error,
  message: redact(error.message),
});

/** Error messages are the only event text that can echo provider input; they are scrubbed of known keys. */
export function redactEvent(event: ArenaEvent, redact: (text: string) => string): ArenaEvent {
  if (event.type === 'compare.events' && event.events.some((item) => item.type === 'error')) {
    return {
      ...event,
      events: event.events.map((item) =>
        item.type === 'error' ? { ...item, error: scrub(item.error, redact) } : item,
      ),
    };
  }
  if (event.type === 'compare.column-done' && event.result.error) {
    return { ...event, result: { ...event.result, error: scrub(event.result.error, redact) } };
  }
  if (event.type === 'keys.check-progress' && event.key.lastCheck) {
    return {
      ...event,
      key: {
        ...event.key,
        lastCheck: { ...event.key.lastCheck, message: redact(event.key.lastCheck.message) },
      },
    };
  }
  return event;
}
