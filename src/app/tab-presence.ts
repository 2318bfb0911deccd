// Letters saved in one tab are sent to this app's other tabs (letter-library.ts),
// and sending is a structured clone of every record saved: 4 s of a
// 100,000-letter NDJSON import in the profile, for no one when the tab is
// alone, as it almost always is. So tabs keep count of each other: a tab says
// hello when it opens, every tab open answers, and a tab says goodbye as it
// goes; a tab that knows of no other sends no letters. ("Cleared" is always
// sent: it is one small message.)
//
// A tab opening while another is saving says hello before it reads the store,
// so a save it cannot find there reaches it as a message; only a save
// committed in the few milliseconds between its read starting and its hello
// arriving would reach neither way, and a reload shows it.
import type { LibraryChannel, LibraryMessage } from './letter-library';

type Presence = { type: 'hello' | 'here' | 'bye'; from: string };
type Wire = LibraryMessage | Presence;

/** The part of a BroadcastChannel this needs. */
export interface RawChannel {
  postMessage(message: Wire): void;
  addEventListener(type: 'message', listener: (event: { data: Wire }) => void): void;
}

export interface TabPresence extends LibraryChannel {
  /** Whether another tab is known to be open. */
  readonly alone: boolean;
  /** Say goodbye (the page is going) or hello again (it came back from the back-forward cache). */
  leave(): void;
  arrive(): void;
}

const isPresence = (message: Wire): message is Presence => message.type === 'hello' || message.type === 'here' || message.type === 'bye';

export function tabPresence(raw: RawChannel, me: string): TabPresence {
  const others = new Set<string>();
  let handler: ((message: LibraryMessage) => void) | null = null;
  raw.addEventListener('message', ({ data }) => {
    if (!isPresence(data)) return handler?.(data);
    if (data.type === 'bye') others.delete(data.from);
    else others.add(data.from);
    if (data.type === 'hello') raw.postMessage({ type: 'here', from: me });
  });
  raw.postMessage({ type: 'hello', from: me });
  return {
    get alone() {
      return others.size === 0;
    },
    post(message) {
      if (message.type === 'saved' && others.size === 0) return;
      raw.postMessage(message);
    },
    listen(next) {
      handler = next;
    },
    leave: () => raw.postMessage({ type: 'bye', from: me }),
    arrive: () => raw.postMessage({ type: 'hello', from: me }),
  };
}
