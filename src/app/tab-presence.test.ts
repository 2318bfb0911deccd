import { describe, expect, it } from 'vitest';
import type { LibraryMessage } from './letter-library';
import { tabPresence, type RawChannel } from './tab-presence';

/** BroadcastChannels on one bus: a message goes to every other channel, at once. */
function bus() {
  const channels: { listeners: ((event: { data: never }) => void)[]; sent: unknown[] }[] = [];
  return {
    open(): RawChannel & { sent: unknown[] } {
      const self = { listeners: [] as ((event: { data: never }) => void)[], sent: [] as unknown[] };
      channels.push(self);
      return {
        sent: self.sent,
        postMessage(message) {
          self.sent.push(message);
          for (const other of channels) if (other !== self) for (const l of other.listeners) l({ data: message as never });
        },
        addEventListener(_type, listener) {
          self.listeners.push(listener as (event: { data: never }) => void);
        },
      };
    },
  };
}

const saved: LibraryMessage = { type: 'saved', letters: [], replaced: [] };

describe('tabs keeping count of each other', () => {
  it('a tab alone sends no letters; with another open it does, until that one goes', () => {
    const wires = bus();
    const rawA = wires.open();
    const a = tabPresence(rawA, 'a');
    a.post(saved);
    expect(a.alone).toBe(true);
    expect(rawA.sent.filter((m) => (m as LibraryMessage).type === 'saved')).toHaveLength(0);

    const rawB = wires.open();
    const b = tabPresence(rawB, 'b');
    const heardByB: LibraryMessage[] = [];
    b.listen((m) => heardByB.push(m));
    // B said hello, A answered: each knows of the other.
    expect([a.alone, b.alone]).toEqual([false, false]);
    a.post(saved);
    expect(heardByB).toEqual([saved]);

    b.leave();
    expect(a.alone).toBe(true);
    a.post(saved);
    a.post({ type: 'cleared' });
    // "Cleared" always goes; B's listener hears it, not the saved letters after it left.
    expect(heardByB).toEqual([saved, { type: 'cleared' }]);

    b.arrive();
    expect(a.alone).toBe(false);
  });

  it('hands the app only its own messages, never the tabs’ greetings', () => {
    const wires = bus();
    const a = tabPresence(wires.open(), 'a');
    const heard: LibraryMessage[] = [];
    a.listen((m) => heard.push(m));
    tabPresence(wires.open(), 'b').post({ type: 'cleared' });
    expect(heard).toEqual([{ type: 'cleared' }]);
  });
});
