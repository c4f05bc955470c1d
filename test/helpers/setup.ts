// Loaded by vitest before every test file (vitest.config.ts setupFiles).
import { afterAll } from 'vitest'
import { removeTrackedTempDirs } from './temp_dirs'

// registered first, so it runs after the test file's own afterAll hooks (which stop Haraka)
afterAll(() => removeTrackedTempDirs())
