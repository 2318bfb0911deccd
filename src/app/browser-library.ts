// The library as the browser runs it: IndexedDB through Dexie, module workers
// through Comlink. Tests build LetterLibrary with doubles instead.
import { openLetterStore } from '../store';
import { defaultPoolSize, IngestPool } from './readers/ingest-pool';
import { spawnIngestWorker } from './readers/spawn-ingest-worker';
import { LetterLibrary, type LibraryChannel, type LiveLocks } from './letter-library';
import { tabPresence, type RawChannel } from './tab-presence';
import { withTriage } from './files/triage-pool';
import { searchTextsInWorker } from './text-search';
import { packTextsInWorker } from './text-pack';

/** Work one tab at a time where the browser has Web Locks: skipped while another tab holds the lock. */
async function inOneTab(name: string, work: () => Promise<void>): Promise<void> {
  if (typeof navigator.locks?.request !== 'function') return work();
  await navigator.locks.request(name, { ifAvailable: true }, async (lock) => {
    if (lock !== null) await work();
  });
}

/** Web Locks, where the browser has them: a lock held until released, and the names held now in any tab. */
function webLocks(): LiveLocks | undefined {
  const locks = navigator.locks;
  if (typeof locks?.request !== 'function' || typeof locks.query !== 'function') return undefined;
  return {
    hold(name) {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      void locks.request(name, () => held);
      return release;
    },
    async held() {
      const { held = [] } = await locks.query();
      return new Set(held.flatMap((lock) => (lock.name === undefined ? [] : [lock.name])));
    },
  };
}

/** The tabs of this app in this browser, told of letters saved and of a clear (tab-presence.ts). */
function tabsChannel(): LibraryChannel | undefined {
  if (typeof BroadcastChannel !== 'function') return undefined;
  const channel = new BroadcastChannel('imr-dashboard:library');
  const me = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
  const tabs = tabPresence(channel as RawChannel, me);
  addEventListener('pagehide', () => tabs.leave());
  addEventListener('pageshow', (event: PageTransitionEvent) => {
    if (event.persisted) tabs.arrive();
  });
  return tabs;
}

export function createBrowserLibrary(): LetterLibrary {
  const locks = webLocks();
  const channel = tabsChannel();
  return new LetterLibrary({
    openStore: () => openLetterStore({ packTexts: packTextsInWorker() }),
    exclusive: inOneTab,
    searchTexts: searchTextsInWorker,
    ...(typeof navigator.storage?.estimate === 'function' ? { storage: navigator.storage } : {}),
    ...(locks === undefined ? {} : { locks }),
    ...(channel === undefined ? {} : { channel }),
    createPool: (onFileDone) =>
      withTriage(
        new IngestPool({
          size: defaultPoolSize(navigator.hardwareConcurrency),
          spawn: spawnIngestWorker,
          onFileDone,
        }),
        onFileDone,
      ),
  });
}
