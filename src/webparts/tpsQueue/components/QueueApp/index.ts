export { QueueApp, POLL_MS } from './QueueApp';
