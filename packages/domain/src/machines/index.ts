export * from './define-machine.js';
export * from './application.js';
export * from './approval.js';
export * from './member.js';
