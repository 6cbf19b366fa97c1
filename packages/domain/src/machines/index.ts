export * from './define-machine.js';
export * from './application.js';
