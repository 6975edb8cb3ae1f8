export { ActionError } from './ActionError';
export type { IActionErrorProps } from './IActionErrorProps';
