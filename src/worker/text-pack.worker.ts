// The text-pack worker: no logic of its own, only the packing behind Comlink.
import { expose } from 'comlink';
import { textPackApi } from './text-pack-api';

expose(textPackApi);
