export { lintWithConfig as lintText } from '@carelint/core/node';
