/** Build-time constant (wxt.config.ts, vitest.config.ts): true only in the end-to-end test build (HELDER_E2E=1). */
declare const __HELDER_E2E__: boolean;
