export { default } from '@werkbrug/config/eslint';
