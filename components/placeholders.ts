/** The UI fills placeholders exactly as the engine's apply path does. */
export { fillPlaceholders, placeholderNames } from '@/rules/apply';
