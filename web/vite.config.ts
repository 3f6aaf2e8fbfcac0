import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/](?!charts)/ },
            // Charts stay out of the shared chunks: they load with the pages that draw them.
            {
              name: 'vendor',
              test: /node_modules[\\/](?!@mantine[\\/]charts|recharts|victory-vendor|d3-|@reduxjs|react-redux|redux|immer|es-toolkit|decimal\.js-light)/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': server,
      '/health': server,
    },
  },
});
