export { EpedPicker } from './EpedPicker';
export type { IEpedPickerProps } from './IEpedPickerProps';
