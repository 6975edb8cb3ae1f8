export { AskTpsPosting } from './AskTpsPosting';
