export { TakeOverForm } from './TakeOverForm';
export type { ITakeOverFormProps } from './ITakeOverFormProps';
