// The whole-letter search worker: no logic of its own, only the search behind Comlink.
import { expose } from 'comlink';
import { textSearchApi } from './text-search-api';

expose(textSearchApi);
