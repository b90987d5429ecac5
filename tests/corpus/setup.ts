// Global setup of `npm run test:corpus`: stop at once, with one message, when the corpus is not there.
import { requireCorpus } from './corpus';

export default function setup(): void {
  requireCorpus();
}
