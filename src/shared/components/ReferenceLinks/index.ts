export { ReferenceLinks } from './ReferenceLinks';
export type { IReferenceLinksProps } from './IReferenceLinksProps';
