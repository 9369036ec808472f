// Unit tests: pure logic in Node, DOM logic in happy-dom (per file), never the extension API.
import './tests/support/node20-polyfills';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  define: { __TARGET__: JSON.stringify('chrome') },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
