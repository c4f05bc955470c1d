import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // removes the temporary directories tests made (OUTPOST_KEEP_TEST_DIRS=1 keeps them)
    setupFiles: ['test/helpers/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // e2e tests each start a real Haraka; two cores, so keep parallelism modest
    maxWorkers: 2,
    pool: 'forks',
  },
})
