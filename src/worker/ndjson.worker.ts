// The NDJSON worker: no logic of its own, only the reading behind Comlink.
import { expose } from 'comlink';
import { ndjsonApi } from './ndjson-api';

expose(ndjsonApi);
