/** Public API of the pure domain core (no React, SPFx or PnPjs). */
export * from './workTypes';
export * from './references';
export * from './centres';
export * from './businessCalendar';
export * from './enquiryValues';
export * from './escalationCategories';
export * from './escalationDeadlines';
export * from './guidelineClock';
export * from './enquiryLifecycle';
export * from './privacy';
export * from './crn';
export * from './qol';
export * from './feedbackLifecycle';
export * from './resources';
export * from './escalationGuidance';
