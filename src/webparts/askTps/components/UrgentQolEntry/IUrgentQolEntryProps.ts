/** Props of {@link UrgentQolEntry}: none; it reads the services from context as the QOL form does. */
export type IUrgentQolEntryProps = Record<string, never>;
