export { PrivacyTextField } from './PrivacyTextField';
export type { IPrivacyTextFieldProps } from './IPrivacyTextFieldProps';
