import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Vendor groups keep the big libraries in their own long-cached chunks; pages are lazy routes.
const VENDOR_GROUPS: { name: string; test: RegExp; priority: number }[] = [
  {
    name: 'react',
    test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
    priority: 40,
  },
  { name: 'antd-icons', test: /[\\/]node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/, priority: 35 },
  {
    name: 'antd-core',
    test: /[\\/]node_modules[\\/](@rc-component|rc-[^\\/]+|@ant-design|@babel|dayjs|classnames|@emotion|stylis)[\\/]/,
    priority: 30,
  },
  // antd itself is left to automatic splitting: each lazy page loads only the components it uses.
  { name: 'vendor', test: /[\\/]node_modules[\\/](?!antd[\\/])/, priority: 10 },
];

// The API server the dev and preview servers forward /api to.
const API_TARGET = process.env.POLICYHUB_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // '@policyhub/domain' resolves to its TypeScript source (package.json exports 'development').
    conditions: ['development', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
});
