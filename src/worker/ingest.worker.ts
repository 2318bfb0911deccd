// The ingest worker: no logic of its own, only the pipeline behind Comlink.
import { expose } from 'comlink';
import { ingestApi } from './ingest-api';

expose(ingestApi);
