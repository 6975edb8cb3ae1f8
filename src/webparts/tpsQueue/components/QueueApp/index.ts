export { QueueApp } from './QueueApp';
